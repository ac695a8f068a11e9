package com.retention.jobs.offers;

import java.time.LocalDate;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;

/** offer rows of a business date. */
@Mapper
public interface OfferMapper {

    String UPSERT = "com.retention.jobs.offers.OfferMapper.upsert";
    String WITHDRAW = "com.retention.jobs.offers.OfferMapper.withdraw";
    String EXPORT = "com.retention.jobs.offers.OfferMapper.export";

    /**
     * D's unreferenced offers of subscribers no longer active (the step does not read those). Offers a
     * contact candidate points at stay: the call lists were built on them.
     */
    int deleteInactiveDay(LocalDate businessDate);

    /**
     * Marks D's offers whose candidates the call-lists policy decided CONTROL ({@code date} in
     * {@code day}); the call-lists job calls it in the transaction that records its decisions.
     */
    int markControl(Map<String, Object> day);

    /** Undoes {@link #markControl} for D before the call lists of D are rebuilt. */
    int resetControl(Map<String, Object> day);
}
