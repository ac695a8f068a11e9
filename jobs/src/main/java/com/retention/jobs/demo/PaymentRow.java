package com.retention.jobs.demo;

import java.time.LocalDate;

/** A payment received on an account, in kopecks. */
public record PaymentRow(String paymentId, String accountId, LocalDate paidOn, long amountKopecks) {
}
