package com.retention.jobs.reporting;

import com.retention.domain.reporting.Interval;
import com.retention.domain.reporting.Proportion;
import com.retention.domain.reporting.Uplift;

/**
 * One line of the uplift: a campaign's contacted and control churn for one churn window ({@code windowDays}
 * null: "to date", each subscriber from their list date to D-1), the uplift control − contacted with its
 * 95 % Newcombe interval (null while a group has nobody observable), and the subjects not yet observable.
 */
public record UpliftRow(String campaign, Integer windowDays, String status, Group contacted, Group control,
        Double uplift, Double upliftLow, Double upliftHigh, long notYetObservable) {

    /** A group's observed subjects and churned; rate and 95 % Wilson interval null while none is observed. */
    public record Group(long observed, long churned, Double rate, Double low, Double high) {

        static Group of(Proportion churn) {
            if (churn.isEmpty()) {
                return new Group(0, 0, null, null, null);
            }
            Interval wilson = churn.wilson95();
            return new Group(churn.trials(), churn.successes(), churn.rate(), wilson.low(), wilson.high());
        }
    }

    static UpliftRow of(String campaign, Integer windowDays, UpliftGroupRow contacted, UpliftGroupRow control) {
        Proportion contactedChurn = contacted.churn();
        Proportion controlChurn = control.churn();
        Uplift uplift = contactedChurn.isEmpty() || controlChurn.isEmpty() ? null
                : Uplift.of(controlChurn, contactedChurn);
        return new UpliftRow(campaign, windowDays, UpliftSheet.status(contacted, control), Group.of(contactedChurn),
                Group.of(controlChurn), uplift == null ? null : uplift.difference(),
                uplift == null ? null : uplift.interval().low(), uplift == null ? null : uplift.interval().high(),
                contacted.subjects() - contacted.observable() + control.subjects() - control.observable());
    }
}
