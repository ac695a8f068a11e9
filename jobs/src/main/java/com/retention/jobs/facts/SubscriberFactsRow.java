package com.retention.jobs.facts;

import com.retention.domain.model.RecentContacts;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One active subscriber with everything scoring and offers need, as the facts query returns it:
 * per-subscriber and per-account aggregates as parallel arrays (dates as epoch days, instants as
 * epoch seconds). Filled by MyBatis; {@link SubscriberHistory} turns it into domain records.
 */
public class SubscriberFactsRow {

    String subscriberId;
    String accountId;
    String tariffCode;
    String segment;
    LocalDate activatedOn;

    Integer[] usageMonths;
    BigDecimal[] usageCharged;
    BigDecimal[] usageMinutes;
    BigDecimal[] usageSms;
    BigDecimal[] usageDataGb;

    int ticketCount;
    boolean complaint;
    /** a TERMINATION_REQUEST or PORT_OUT ticket is open at the reference time (scoring and offers) */
    boolean terminationRequested;

    String[] outageIds;
    String[] outageKinds;
    Long[] outageStarts;
    Long[] outageExpectedEnds;
    Long[] outageEnds;

    String[] invoiceIds;
    Integer[] invoiceIssued;
    Integer[] invoiceDue;
    BigDecimal[] invoiceAmounts;
    String[] paymentIds;
    Integer[] paymentPaid;
    BigDecimal[] paymentAmounts;

    // offers only: earlier offers and the churn score of D
    Integer[] offerMade;
    String[] offerStatus;
    Integer[] offerDecided;
    Integer[] offerValidUntil;
    Integer churnScore;
    String churnBand;
    String churnReasons;
    boolean offeredToday;

    // scoring and training snapshots: the learned model's attributes; snapshots only (FactsQuery.snapshotIn): termination
    String attributes;
    LocalDate terminatedOn;
    // scoring and training snapshots: contacts and outcomes in the lookback (RecentContacts)
    int contactCalls;
    int contactReached;
    int contactAccepted;
    int contactDeclined;
    int contactComplaints;
    int contactPromises;
    int contactNotices;

    public String subscriberId() {
        return subscriberId;
    }

    public String tariffCode() {
        return tariffCode;
    }

    public LocalDate activatedOn() {
        return activatedOn;
    }

    public String segment() {
        return segment;
    }

    /** Snapshots only: when the subscriber left, if they did. */
    public LocalDate terminatedOn() {
        return terminatedOn;
    }

    /** The subscriber's attributes as a JSON object, or null (not read for offers). */
    public String attributes() {
        return attributes;
    }

    /** The calls, their outcomes and the notices of the lookback before D (not read for offers). */
    public RecentContacts recentContacts() {
        return new RecentContacts(contactCalls, contactReached, contactAccepted, contactDeclined, contactComplaints,
                contactPromises, contactNotices);
    }

    public int ticketCount() {
        return ticketCount;
    }

    public boolean complaint() {
        return complaint;
    }

    public boolean terminationRequested() {
        return terminationRequested;
    }

    public Integer churnScore() {
        return churnScore;
    }

    public String churnBand() {
        return churnBand;
    }

    public String churnReasons() {
        return churnReasons;
    }

    /** An offer row of D exists already (an earlier run of the same date). */
    public boolean offeredToday() {
        return offeredToday;
    }
}
