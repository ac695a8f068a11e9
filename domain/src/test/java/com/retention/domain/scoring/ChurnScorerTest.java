package com.retention.domain.scoring;

import static com.retention.domain.scoring.SignalsBuilder.D;
import static com.retention.domain.scoring.SignalsBuilder.quiet;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnScorerTest {

    private final ScoringRules rules = ScoringRules.defaults();
    private final ChurnScorer scorer = new ChurnScorer(rules);

    private ChurnScore score(SignalsBuilder signals) {
        return scorer.score(signals.build(), D);
    }

    @Test
    void quietSubscriberScoresZeroLowWithoutReasons() {
        ChurnScore score = score(quiet());

        assertThat(score.score()).isZero();
        assertThat(score.band()).isEqualTo(ChurnBand.LOW);
        assertThat(score.reasons()).isEmpty();
        assertThat(score.reasonsJoined()).isEmpty();
    }

    @Test
    void anOpenTerminationRequestAddsSixtyAndMakesTheBandHighAlone() {
        ChurnScore score = score(quiet().terminationRequested());

        assertThat(score.score()).isEqualTo(60);
        assertThat(score.band()).isEqualTo(ChurnBand.HIGH);
        assertThat(score.reasonsJoined()).isEqualTo("TERMINATION_REQUEST");
        assertThat(score(quiet().legacy().terminationRequested()).reasonsJoined())
                .isEqualTo("LEGACY_TARIFF;TERMINATION_REQUEST");
        assertThat(score(quiet().legacy().terminationRequested()).score()).isEqualTo(75);
    }

    @Test
    void legacyTariffAddsItsWeight() {
        ChurnScore score = score(quiet().legacy());

        assertThat(score.score()).isEqualTo(rules.legacyTariffWeight());
        assertThat(score.reasons()).containsExactly(ReasonCode.LEGACY_TARIFF);
    }

    @Test
    void overpayingFiresFromFifteenPercentInclusive() {
        assertThat(score(quiet().savingShare("0.15")).reasons()).containsExactly(ReasonCode.OVERPAYING);
        assertThat(score(quiet().savingShare("0.1499")).reasons()).isEmpty();
    }

    @Test
    void usageDropFiresFromTheChargeHistory() {
        ChargeHistory drop = new ChargeHistory(new BigDecimal("60"), List.of(
                new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100")));

        ChurnScore score = score(quiet().charges(drop));

        assertThat(score.reasons()).containsExactly(ReasonCode.USAGE_DROP);
        assertThat(score.score()).isEqualTo(rules.usageDropWeight());
    }

    @Test
    void complaintsFireOnTwoTicketsOrAnyComplaint() {
        assertThat(score(quiet().tickets(1, false)).reasons()).isEmpty();
        assertThat(score(quiet().tickets(2, false)).reasons()).containsExactly(ReasonCode.COMPLAINTS);
        assertThat(score(quiet().tickets(1, true)).reasons()).containsExactly(ReasonCode.COMPLAINTS);
    }

    @Test
    void outageHitFiresFromFourHoursInclusive() {
        long fourHours = Duration.ofHours(4).toMinutes();

        assertThat(score(quiet().outageMinutes(fourHours - 1)).reasons()).isEmpty();
        assertThat(score(quiet().outageMinutes(fourHours)).reasons()).containsExactly(ReasonCode.OUTAGE_HIT);
    }

    @Test
    void latePayerFiresWhenOverdueNowOrFifteenDaysLate() {
        assertThat(score(quiet().overdue(false, 14)).reasons()).isEmpty();
        assertThat(score(quiet().overdue(false, 15)).reasons()).containsExactly(ReasonCode.LATE_PAYER);
        assertThat(score(quiet().overdue(true, 0)).reasons()).containsExactly(ReasonCode.LATE_PAYER);
    }

    @Test
    void shortTenureIsUnderSixMonthsOnD() {
        assertThat(score(quiet().activatedOn(D.minusMonths(6).plusDays(1))).reasons())
                .containsExactly(ReasonCode.SHORT_TENURE);
        assertThat(score(quiet().activatedOn(D.minusMonths(6))).reasons()).isEmpty();
    }

    @Test
    void everySignalTogetherIsCappedAndListedInEnumOrder() {
        SignalsBuilder all = quiet().legacy().savingShare("0.5")
                .charges(new ChargeHistory(BigDecimal.ZERO, List.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN)))
                .tickets(5, true).outageMinutes(10_000).overdue(true, 40).activatedOn(D.minusDays(3))
                .terminationRequested();
        int uncapped = 0;
        for (ReasonCode reason : ReasonCode.values()) {
            uncapped += rules.weight(reason);
        }

        ChurnScore score = score(all);

        // the default weights add up to 160, capped at 100
        assertThat(score.score()).isEqualTo(Math.min(uncapped, rules.cap())).isEqualTo(100);
        assertThat(score.band()).isEqualTo(ChurnBand.HIGH);
        assertThat(score.reasons()).containsExactly(ReasonCode.values());
        assertThat(score.reasonsJoined())
                .isEqualTo("LEGACY_TARIFF;OVERPAYING;USAGE_DROP;COMPLAINTS;OUTAGE_HIT;LATE_PAYER;SHORT_TENURE;TERMINATION_REQUEST");
    }

    @Test
    void heavierConfiguredWeightsAreCapped() {
        ScoringRules d = ScoringRules.defaults();
        ScoringRules heavy = new ScoringRules(60, 60, d.usageDropWeight(), d.complaintsWeight(), d.outageHitWeight(),
                d.latePayerWeight(), d.shortTenureWeight(), d.terminationRequestWeight(), d.overpayingMinSavingShare(), d.usageDropMinShare(),
                d.complaintsMinTickets(), d.lookbackDays(), d.outageMinDuration(), d.latePaymentMinDays(),
                d.shortTenureMonths(), d.highFrom(), d.mediumFrom(), d.cap());

        ChurnScore score = new ChurnScorer(heavy).score(quiet().legacy().savingShare("0.3").build(), D);

        assertThat(heavy.legacyTariffWeight() + heavy.overpayingWeight()).isGreaterThan(heavy.cap());
        assertThat(score.score()).isEqualTo(heavy.cap());
        assertThat(score.reasons()).containsExactly(ReasonCode.LEGACY_TARIFF, ReasonCode.OVERPAYING);
    }

    @Test
    void bandsFollowTheThresholds() {
        // LEGACY 15 + OVERPAYING 20 = 35: exactly MEDIUM
        ChurnScore medium = score(quiet().legacy().savingShare("0.2"));
        // + USAGE_DROP 20 + COMPLAINTS 15 = 70 >= 60: HIGH; without COMPLAINTS 55: MEDIUM
        ChargeHistory drop = new ChargeHistory(BigDecimal.ONE, List.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));
        ChurnScore stillMedium = score(quiet().legacy().savingShare("0.2").charges(drop));
        ChurnScore high = score(quiet().legacy().savingShare("0.2").charges(drop).tickets(0, true));

        assertThat(medium.score()).isEqualTo(rules.mediumFrom());
        assertThat(medium.band()).isEqualTo(ChurnBand.MEDIUM);
        assertThat(stillMedium.score()).isLessThan(rules.highFrom());
        assertThat(stillMedium.band()).isEqualTo(ChurnBand.MEDIUM);
        assertThat(high.score()).isGreaterThanOrEqualTo(rules.highFrom());
        assertThat(high.band()).isEqualTo(ChurnBand.HIGH);
    }

    @Test
    void aZeroWeightSwitchesTheSignalAndItsReasonOff() {
        ScoringRules d = ScoringRules.defaults();
        ScoringRules noLegacy = new ScoringRules(0, d.overpayingWeight(), d.usageDropWeight(), d.complaintsWeight(),
                d.outageHitWeight(), d.latePayerWeight(), d.shortTenureWeight(), d.terminationRequestWeight(), d.overpayingMinSavingShare(),
                d.usageDropMinShare(), d.complaintsMinTickets(), d.lookbackDays(), d.outageMinDuration(),
                d.latePaymentMinDays(), d.shortTenureMonths(), d.highFrom(), d.mediumFrom(), d.cap());

        ChurnScore score = new ChurnScorer(noLegacy).score(quiet().legacy().overdue(true, 0).build(), D);

        assertThat(score.reasons()).containsExactly(ReasonCode.LATE_PAYER);
        assertThat(score.score()).isEqualTo(d.latePayerWeight());
    }
}
