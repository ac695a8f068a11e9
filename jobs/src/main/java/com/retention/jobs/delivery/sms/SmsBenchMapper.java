package com.retention.jobs.delivery.sms;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The synthetic operator of {@code bench --sms} ({@code SmsBenchMapper.xml}): ids start with
 * {@code prefix}, notifications are of {@code day}; the inserts go in this order, the deletes in theirs.
 */
@Mapper
interface SmsBenchMapper {

    int insertTariff(@Param("prefix") String prefix);

    int insertArea(@Param("prefix") String prefix);

    int insertAccounts(@Param("prefix") String prefix, @Param("n") int n);

    int insertSubscribers(@Param("prefix") String prefix, @Param("n") int n);

    /** One SENT PAYMENT_DUE candidate a subscriber. */
    int insertCandidates(@Param("prefix") String prefix, @Param("day") LocalDate day, @Param("n") int n);

    /** One one-part SMS a candidate. */
    int insertNotifications(@Param("prefix") String prefix, @Param("day") LocalDate day);

    long delivered(LocalDate day);

    int deleteReceipts(LocalDate day);

    int deleteDeliveries(LocalDate day);

    int deleteNotifications(@Param("prefix") String prefix, @Param("day") LocalDate day);

    int deleteCandidates(@Param("prefix") String prefix, @Param("day") LocalDate day);

    int deleteSubscribers(@Param("prefix") String prefix);

    int deleteAccounts(@Param("prefix") String prefix);

    int deleteArea(@Param("prefix") String prefix);

    int deleteTariff(@Param("prefix") String prefix);
}
