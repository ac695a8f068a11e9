package com.retention.jobs.facts;

import com.retention.domain.dunning.Invoice;
import com.retention.domain.dunning.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's invoices and payments as the ledger SQL fragment ({@code LedgerMapper.accountLedger})
 * aggregates them: parallel arrays, dates as days since 1970-01-01. Scoring and dunning both read it,
 * so FIFO settlement stays in the domain and SQL only gathers.
 */
public final class AccountLedger {

    private AccountLedger() {
    }

    public static List<Invoice> invoices(String[] ids, Integer[] issued, Integer[] due, BigDecimal[] amounts) {
        if (ids == null) {
            return List.of();
        }
        List<Invoice> invoices = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            invoices.add(new Invoice(ids[i], day(issued[i]), day(due[i]), amounts[i]));
        }
        return invoices;
    }

    public static List<Payment> payments(String[] ids, Integer[] paid, BigDecimal[] amounts) {
        if (ids == null) {
            return List.of();
        }
        List<Payment> payments = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            payments.add(new Payment(ids[i], day(paid[i]), amounts[i]));
        }
        return payments;
    }

    /** A date of the ledger's arrays (days since 1970-01-01); null stays null. */
    public static LocalDate day(Integer epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }
}
