package com.retention.jobs.facts;

import com.retention.domain.dunning.Invoice;
import com.retention.domain.dunning.Payment;
import com.retention.domain.offers.MonthlyUsage;
import com.retention.domain.offers.OfferStatus;
import com.retention.domain.offers.PastOffer;
import com.retention.domain.outages.Outage;
import com.retention.domain.outages.OutageKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the arrays of a {@link SubscriberFactsRow} into the domain's records. */
public final class SubscriberHistory {

    private SubscriberHistory() {
    }

    public static List<MonthlyUsage> usage(SubscriberFactsRow row) {
        if (row.usageMonths == null) {
            return List.of();
        }
        List<MonthlyUsage> months = new ArrayList<>(row.usageMonths.length);
        for (int i = 0; i < row.usageMonths.length; i++) {
            months.add(new MonthlyUsage(month(row.usageMonths[i]), row.usageMinutes[i], row.usageSms[i],
                    row.usageDataGb[i]));
        }
        return months;
    }

    public static Map<YearMonth, BigDecimal> chargedByMonth(SubscriberFactsRow row) {
        Map<YearMonth, BigDecimal> charged = new HashMap<>();
        if (row.usageMonths != null) {
            for (int i = 0; i < row.usageMonths.length; i++) {
                charged.put(month(row.usageMonths[i]), row.usageCharged[i]);
            }
        }
        return charged;
    }

    public static List<Outage> outages(SubscriberFactsRow row) {
        if (row.outageIds == null) {
            return List.of();
        }
        List<Outage> outages = new ArrayList<>(row.outageIds.length);
        for (int i = 0; i < row.outageIds.length; i++) {
            outages.add(new Outage(row.outageIds[i], "-", OutageKind.valueOf(row.outageKinds[i]),
                    instant(row.outageStarts[i]), instant(row.outageExpectedEnds[i]), instant(row.outageEnds[i])));
        }
        return outages;
    }

    public static List<Invoice> invoices(SubscriberFactsRow row) {
        return AccountLedger.invoices(row.invoiceIds, row.invoiceIssued, row.invoiceDue, row.invoiceAmounts);
    }

    public static List<Payment> payments(SubscriberFactsRow row) {
        return AccountLedger.payments(row.paymentIds, row.paymentPaid, row.paymentAmounts);
    }

    /** Earlier offers; an OPEN one past its valid_until has expired, whatever its status column says. */
    public static List<PastOffer> pastOffers(SubscriberFactsRow row, LocalDate businessDate) {
        if (row.offerMade == null) {
            return List.of();
        }
        List<PastOffer> offers = new ArrayList<>(row.offerMade.length);
        for (int i = 0; i < row.offerMade.length; i++) {
            OfferStatus status = OfferStatus.valueOf(row.offerStatus[i]);
            LocalDate validUntil = LocalDate.ofEpochDay(row.offerValidUntil[i]);
            if (status == OfferStatus.OPEN && validUntil.isBefore(businessDate)) {
                status = OfferStatus.EXPIRED;
            }
            LocalDate decided = row.offerDecided[i] == null ? null : LocalDate.ofEpochDay(row.offerDecided[i]);
            offers.add(new PastOffer(LocalDate.ofEpochDay(row.offerMade[i]), status, decided));
        }
        return offers;
    }

    /** A usage month as its first day in epoch days: parsing "YYYY-MM" text was a tenth of scoring's CPU. */
    private static YearMonth month(int firstDay) {
        LocalDate day = LocalDate.ofEpochDay(firstDay);
        return YearMonth.of(day.getYear(), day.getMonth());
    }

    private static Instant instant(Long epochSecond) {
        return epochSecond == null ? null : Instant.ofEpochSecond(epochSecond);
    }
}
