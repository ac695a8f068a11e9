package com.retention.jobs.offers;

import java.time.LocalDate;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/** offer rows of a business date. */
@Mapper
public interface OfferMapper {

    /**
     * D's unreferenced offers of subscribers no longer active (the step does not read those). Offers a
     * contact candidate points at stay: the call lists were built on them.
     */
    int deleteInactiveDay(LocalDate businessDate);

    /** Inserts or updates D's offer of a subscriber, keeping its id. */
    int upsert(OfferRow offer);

    /** Withdraws D's open offer of a subscriber who no longer gets one. */
    int withdraw(OfferOutcome outcome);

    /** D's offers with the export's column labels, by subscriber; read on a cursor session. */
    Cursor<Map<String, Object>> export(LocalDate businessDate);

    /**
     * Marks D's offers whose candidates the call-lists policy decided CONTROL; the call-lists job calls
     * it in the transaction that records its decisions.
     */
    int markControl(LocalDate businessDate);

    /** Undoes {@link #markControl} for D before the call lists of D are rebuilt. */
    int resetControl(LocalDate businessDate);
}
