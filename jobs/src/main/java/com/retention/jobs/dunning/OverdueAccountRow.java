package com.retention.jobs.dunning;

import java.math.BigDecimal;

/** An account that owes money in total as of D-1, with its contact, ledger arrays and pauses. */
public class OverdueAccountRow {

    String accountId;
    String subscriberId;
    String[] invoiceIds;
    Integer[] invoiceIssued;
    Integer[] invoiceDue;
    BigDecimal[] invoiceAmounts;
    String[] paymentIds;
    Integer[] paymentPaid;
    BigDecimal[] paymentAmounts;
    Integer[] pausedUntil;
}
