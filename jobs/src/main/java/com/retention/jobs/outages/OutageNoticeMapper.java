package com.retention.jobs.outages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** Covered subscribers of the outages relevant at T, and outage_notice inserts. */
@Mapper
public interface OutageNoticeMapper {

    /** Subscribers covered by the outages relevant at T; read on a cursor session. */
    Cursor<CoveredSubscriberRow> covered(@Param("businessDate") LocalDate businessDate,
                                         @Param("horizonEnd") OffsetDateTime horizonEnd,
                                         @Param("endedSince") OffsetDateTime endedSince);

    /** A notice; one given already inserts nothing (once ever). */
    int insert(OutageNoticeRow notice);
}
