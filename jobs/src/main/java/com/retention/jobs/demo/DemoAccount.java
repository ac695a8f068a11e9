package com.retention.jobs.demo;

import java.util.List;

/**
 * A billing account with its subscribers (one for most people, a family's lines, or a company's
 * several), the day of month its invoices are issued on, and how it pays.
 */
public record DemoAccount(int index, String accountId, String segment, int billingDay, Payer payer,
        List<DemoSubscriber> subscribers) {

    /** How the account pays its invoices. */
    public enum Payer {
        /** Pays before the due date. */
        ON_TIME,
        /** Often pays 1-60 days late. */
        LATE,
        /** Pays part of each invoice. */
        PARTIAL,
        /** Stopped paying one to four invoices ago. */
        DEFAULTER
    }

    static String id(int index) {
        return String.format(java.util.Locale.ROOT, "A%07d", index + 1);
    }
}
