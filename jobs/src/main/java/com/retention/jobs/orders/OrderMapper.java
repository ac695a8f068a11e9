package com.retention.jobs.orders;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
public interface OrderMapper {

    /** The orders sold on the list of {@code day}, in order id order (open it on a cursor session). */
    Cursor<TariffChangeLine> tariffChanges(@Param("day") LocalDate day);

    /** Marks fulfilled, as of {@code day}, the open orders whose subscriber now has the new tariff. */
    int markFulfilled(@Param("day") LocalDate day);
}
