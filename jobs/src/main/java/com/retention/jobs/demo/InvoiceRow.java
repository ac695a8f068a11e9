package com.retention.jobs.demo;

import java.time.LocalDate;

/** A monthly invoice of an account, in kopecks. */
public record InvoiceRow(String invoiceId, String accountId, LocalDate issuedOn, LocalDate dueOn, long amountKopecks) {
}
