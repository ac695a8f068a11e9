package com.retention.jobs.facts;

import com.retention.domain.dunning.Invoice;
import com.retention.domain.dunning.OverdueCalculator;
import com.retention.domain.dunning.Payment;
import com.retention.domain.dunning.PaymentLateness;
import com.retention.domain.offers.SavingShare;
import com.retention.domain.offers.Tariff;
import com.retention.domain.offers.TariffStatus;
import com.retention.domain.outages.OutageExposure;
import com.retention.domain.scoring.ChargeHistory;
import com.retention.domain.scoring.ChurnSignals;
import com.retention.domain.scoring.ScoringRules;
import java.util.List;

/** The churn signals of one subscriber from their facts row, every rule taken from the domain. */
public final class ChurnSignalsBuilder {

    private final ScoringRules rules;
    private final SavingShare savingShare;
    private final TariffCatalogue catalogue;
    private final FactsQuery query;
    private final OverdueCalculator overdue = new OverdueCalculator();
    private final PaymentLateness lateness = new PaymentLateness();

    public ChurnSignalsBuilder(ScoringRules rules, SavingShare savingShare, TariffCatalogue catalogue,
                               FactsQuery query) {
        this.rules = rules;
        this.savingShare = savingShare;
        this.catalogue = catalogue;
        this.query = query;
    }

    public ChurnSignals signals(SubscriberFactsRow row) {
        Tariff tariff = catalogue.get(row.tariffCode());
        List<Invoice> invoices = SubscriberHistory.invoices(row);
        List<Payment> payments = SubscriberHistory.payments(row);
        return new ChurnSignals(
                tariff.status() == TariffStatus.LEGACY,
                savingShare.bestSavingShare(tariff, catalogue.all(), SubscriberHistory.usage(row), query.businessDate()),
                ChargeHistory.asOf(query.businessDate(), SubscriberHistory.chargedByMonth(row)),
                row.ticketCount(),
                row.complaint(),
                OutageExposure.minutesWithin(SubscriberHistory.outages(row), query.lookbackStart(),
                        query.referenceTime()),
                overdue.overdueAsOf(invoices, payments, query.businessDate()).isOverdue(),
                lateness.maxDaysLate(invoices, payments, query.businessDate(), rules.lookbackDays()),
                row.activatedOn(),
                row.terminationRequested());
    }
}
