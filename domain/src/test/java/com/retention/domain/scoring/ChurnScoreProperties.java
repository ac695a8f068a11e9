package com.retention.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the churn score for any facts and any sane configuration. */
class ChurnScoreProperties {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Property
    void scoreStaysWithinZeroAndTheCapWithDefaults(@ForAll("signals") ChurnSignals signals) {
        ScoringRules rules = ScoringRules.defaults();

        ChurnScore score = new ChurnScorer(rules).score(signals, D);

        assertThat(score.score()).isBetween(0, 100);
        assertThat(score.band()).isEqualTo(rules.bandOf(score.score()));
    }

    @Property
    void scoreIsCappedWhateverTheWeights(@ForAll("signals") ChurnSignals signals,
                                         @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int hugeWeight,
                                         @ForAll @IntRange(min = 0, max = 1000) int otherWeight) {
        ScoringRules d = ScoringRules.defaults();
        ScoringRules rules = new ScoringRules(hugeWeight, hugeWeight, otherWeight, otherWeight, hugeWeight,
                otherWeight, hugeWeight, hugeWeight, d.overpayingMinSavingShare(), d.usageDropMinShare(),
                d.complaintsMinTickets(), d.lookbackDays(), d.outageMinDuration(), d.latePaymentMinDays(),
                d.shortTenureMonths(), d.highFrom(), d.mediumFrom(), d.cap());

        ChurnScore score = new ChurnScorer(rules).score(signals, D);

        assertThat(score.score()).isBetween(0, rules.cap());
    }

    @Property
    void uncappedScoreIsTheSumOfTheListedReasonsAndReasonsAreInEnumOrder(@ForAll("signals") ChurnSignals signals) {
        ScoringRules rules = ScoringRules.defaults();

        ChurnScore score = new ChurnScorer(rules).score(signals, D);

        int sum = score.reasons().stream().mapToInt(rules::weight).sum();
        assertThat(score.score()).isEqualTo(Math.min(sum, rules.cap()));
        assertThat(score.reasons()).isSorted().doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<ChurnSignals> signals() {
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000"))
                .ofScale(2);
        Arbitrary<ChargeHistory> charges = Combinators.combine(money.injectNull(0.2), money.list().ofMaxSize(3))
                .as(ChargeHistory::new);
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
        Arbitrary<LocalDate> activated = Arbitraries.integers().between(0, 5000).map(D::minusDays);
        // combine() takes at most 8 arbitraries: build all but the activation date first
        Arbitrary<BiFunction<LocalDate, Boolean, ChurnSignals>> partial = Combinators.combine(
                Arbitraries.of(true, false), share, charges, Arbitraries.integers().between(0, 20),
                Arbitraries.of(true, false), Arbitraries.longs().between(0, 200_000),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 400))
                .as((legacy, saving, history, tickets, complaint, minutes, overdue, late) ->
                        (activatedOn, terminationRequested) -> new ChurnSignals(legacy, saving, history, tickets,
                                complaint, minutes, overdue, late, activatedOn, terminationRequested));
        return Combinators.combine(partial, activated, Arbitraries.of(true, false)).as(BiFunction::apply);
    }
}
