package com.retention.jobs.facts;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/** The one streaming facts query scoring and offers share ({@code FactsMapper.xml}). */
@Mapper
public interface FactsMapper {

    /** Every active subscriber of the range with their facts, by subscriber_id; read on a cursor session. */
    Cursor<SubscriberFactsRow> facts(FactsQuery.Parameters parameters);
}
