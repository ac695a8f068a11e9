package com.retention.jobs.delivery.dialer;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/** The rows of the VICIdial lead file ({@code LeadMapper.xml}); read on a cursor session, which streams them. */
@Mapper
interface LeadMapper {

    /** D's call tasks by team and rank, with the subscriber's name and e-mail. */
    Cursor<LeadRow> leads(LocalDate date);
}
