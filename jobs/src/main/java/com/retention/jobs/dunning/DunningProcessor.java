package com.retention.jobs.dunning;

import com.retention.domain.dunning.DunningPause;
import com.retention.domain.dunning.DunningStep;
import com.retention.domain.dunning.DunningStepPolicy;
import com.retention.domain.dunning.Overdue;
import com.retention.domain.dunning.OverdueCalculator;
import com.retention.jobs.facts.AccountLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * FIFO overdue and the step of the ladder for one account. A paused account (promise to pay,
 * "already paid") keeps its case with paused = true, so reports see it and the call lists skip it;
 * under the minimum amount there is no case at all.
 */
public class DunningProcessor implements ItemProcessor<OverdueAccountRow, DunningCaseRow> {

    private final OverdueCalculator calculator = new OverdueCalculator();
    private final DunningStepPolicy policy;
    private final LocalDate businessDate;

    public DunningProcessor(DunningStepPolicy policy, LocalDate businessDate) {
        this.policy = policy;
        this.businessDate = businessDate;
    }

    @Override
    public DunningCaseRow process(OverdueAccountRow row) {
        Overdue overdue = calculator.overdueAsOf(
                AccountLedger.invoices(row.invoiceIds, row.invoiceIssued, row.invoiceDue, row.invoiceAmounts),
                AccountLedger.payments(row.paymentIds, row.paymentPaid, row.paymentAmounts), businessDate);
        Optional<DunningStep> step = policy.stepFor(overdue, businessDate, List.of());
        if (step.isEmpty()) {
            return null;
        }
        boolean paused = pauses(row).stream().anyMatch(p -> p.suppresses(businessDate));
        return new DunningCaseRow(businessDate, row.accountId, row.subscriberId, overdue.amount(),
                overdue.daysPastDue(), businessDate.minusDays(overdue.daysPastDue()), step.get().name(), paused);
    }

    private static List<DunningPause> pauses(OverdueAccountRow row) {
        List<DunningPause> pauses = new ArrayList<>();
        if (row.pausedUntil != null) {
            for (Integer until : row.pausedUntil) {
                pauses.add(new DunningPause(AccountLedger.day(until)));
            }
        }
        return pauses;
    }
}
