package com.retention.jobs.calllists.files;

import java.math.BigDecimal;

/** One account handed to collections on D, in the columns of {@code handover/D/collections.csv}. */
public class CollectionsLine {
    String accountId;
    String subscriberId;
    String fullName;
    String phone;
    BigDecimal overdueAmount;
    int daysPastDue;
}
