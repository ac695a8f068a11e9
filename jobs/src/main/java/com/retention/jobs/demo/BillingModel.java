package com.retention.jobs.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Invoices and payments of an account. Usage month m is invoiced on the account's billing day of
 * month m+1 (only if that day is before D), due 15 days later; spreading billing days over the month
 * makes every dunning band (1-5, 6-14, 15-29, 30+ days) occur. Payments follow the account's payer
 * habit and never lie after D-1.
 */
final class BillingModel {

    static final int DUE_AFTER_DAYS = 15;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final DemoSpec spec;
    private final UsageModel usage;

    BillingModel(DemoSpec spec, UsageModel usage) {
        this.spec = spec;
        this.usage = usage;
    }

    void forAccount(DemoAccount account, Consumer<InvoiceRow> invoices, Consumer<PaymentRow> payments) {
        long[] totals = new long[UsageModel.MONTHS];
        for (DemoSubscriber s : account.subscribers()) {
            long[] charges = usage.charges(s);
            for (int i = 0; i < totals.length; i++) {
                totals[i] += charges[i];
            }
        }
        int issued = 0;
        InvoiceRow[] rows = new InvoiceRow[totals.length];
        for (int i = 0; i < totals.length; i++) {
            YearMonth month = usage.firstMonth().plusMonths(i);
            LocalDate issuedOn = month.plusMonths(1).atDay(account.billingDay());
            if (totals[i] > 0 && !issuedOn.isAfter(spec.lastDataDay())) {
                String id = account.accountId().substring(1) + "-" + month.format(MONTH);
                rows[issued++] = new InvoiceRow("INV-" + id, account.accountId(), issuedOn,
                        issuedOn.plusDays(DUE_AFTER_DAYS), totals[i]);
            }
        }
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.BILLING, account.index());
        int stopAt = issued - 1 - r.nextInt(4);
        for (int k = 0; k < issued; k++) {
            InvoiceRow invoice = rows[k];
            invoices.accept(invoice);
            LocalDate onTime = invoice.issuedOn().plusDays(1 + r.nextInt(DUE_AFTER_DAYS));
            boolean late = r.nextDouble() < 0.45;
            // Squared: most late payers are a few days late, a few are two months late.
            int lateDays = 1 + (int) (Math.pow(r.nextDouble(), 2) * 60);
            long share = 50 + r.nextInt(41);
            LocalDate paidOn = onTime;
            long amount = invoice.amountKopecks();
            switch (account.payer()) {
                case LATE -> paidOn = late ? invoice.dueOn().plusDays(lateDays) : onTime;
                case PARTIAL -> amount = amount * share / 100;
                case DEFAULTER -> paidOn = k >= stopAt ? null : onTime;
                default -> { }
            }
            if (paidOn != null && amount > 0 && !paidOn.isAfter(spec.lastDataDay())) {
                payments.accept(new PaymentRow("PAY-" + invoice.invoiceId().substring(4), account.accountId(),
                        paidOn, amount));
            }
        }
    }
}
