package com.retention.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test helper: a quiet subscriber (no signal fires) that each test changes one fact of. */
final class SignalsBuilder {

    static final LocalDate D = LocalDate.of(2026, 11, 22);

    boolean legacyTariff;
    BigDecimal bestSavingShare = BigDecimal.ZERO;
    ChargeHistory charges = ChargeHistory.unknown();
    int tickets;
    boolean complaint;
    long outageMinutes;
    boolean overdueNow;
    int maxDaysLate;
    LocalDate activatedOn = D.minusYears(3);
    boolean terminationRequested;

    static SignalsBuilder quiet() {
        return new SignalsBuilder();
    }

    SignalsBuilder legacy() {
        legacyTariff = true;
        return this;
    }

    SignalsBuilder savingShare(String share) {
        bestSavingShare = new BigDecimal(share);
        return this;
    }

    SignalsBuilder charges(ChargeHistory history) {
        charges = history;
        return this;
    }

    SignalsBuilder tickets(int count, boolean anyComplaint) {
        tickets = count;
        complaint = anyComplaint;
        return this;
    }

    SignalsBuilder outageMinutes(long minutes) {
        outageMinutes = minutes;
        return this;
    }

    SignalsBuilder overdue(boolean now, int daysLate) {
        overdueNow = now;
        maxDaysLate = daysLate;
        return this;
    }

    SignalsBuilder terminationRequested() {
        terminationRequested = true;
        return this;
    }

    SignalsBuilder activatedOn(LocalDate date) {
        activatedOn = date;
        return this;
    }

    ChurnSignals build() {
        return new ChurnSignals(legacyTariff, bestSavingShare, charges, tickets, complaint, outageMinutes,
                overdueNow, maxDaysLate, activatedOn, terminationRequested);
    }
}
