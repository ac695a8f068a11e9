package com.retention.jobs.calllists.policy;

import java.time.LocalDate;

/** One past contact (listed call or sent message) from view contact_history. */
public class HistoryRow {
    LocalDate contactedOn;
    String subscriberId;
    String phone;
    String channel;
}
