package com.retention.domain.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.common.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever the catalogue and usage, an offer made always satisfies the rule it was made under. */
class OfferSelectorProperties {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private static final OfferRules RULES = OfferRules.defaults();
    private final OfferSelector selector = new OfferSelector(RULES);
    private final TariffCostProjector projector = new TariffCostProjector();

    @Property
    void anOfferIsACandidateAndMeetsItsRule(@ForAll("tariff") Tariff current,
                                            @ForAll("catalogue") List<Tariff> catalogue,
                                            @ForAll("usage") List<MonthlyUsage> usage) {
        Optional<OfferDecision> offer = selector.select(current, catalogue, usage, D);
        Statistics.collect(offer.map(OfferDecision::type).map(Enum::name).orElse("NONE"));
        // the property must not pass vacuously: both offer types have to occur in the samples
        Statistics.coverage(c -> {
            c.check("SAVING").count(n -> n > 0);
            c.check("UPGRADE").count(n -> n > 0);
        });

        offer.ifPresent(o -> {
            assertThat(CandidateTariffs.of(current, catalogue)).contains(o.offerTariff());
            assertThat(o.monthlySaving()).isEqualByComparingTo(o.currentCost().subtract(o.offerCost()));
            assertThat(o.currentCost().scale()).isEqualTo(2);
            assertThat(o.offerCost().scale()).isEqualTo(2);
            if (o.type() == OfferType.SAVING) {
                assertThat(o.monthlySaving()).isGreaterThanOrEqualTo(RULES.minSavingAmount());
                assertThat(o.monthlySaving()).isGreaterThanOrEqualTo(o.currentCost().multiply(RULES.minSavingShare()));
            } else {
                assertThat(current.status()).isEqualTo(TariffStatus.LEGACY);
                assertThat(o.offerCost()).isLessThanOrEqualTo(o.currentCost());
                assertThat(o.offerTariff().hasAtLeastTheDataOf(current)).isTrue();
                assertThat(o.offerTariff().speed()).isGreaterThanOrEqualTo(current.speed());
            }
        });
    }

    @Property
    void aSavingOfferIsTheCheapestCandidate(@ForAll("tariff") Tariff current,
                                            @ForAll("catalogue") List<Tariff> catalogue,
                                            @ForAll("usage") List<MonthlyUsage> usage) {
        Optional<OfferDecision> offer = selector.select(current, catalogue, usage, D)
                .filter(o -> o.type() == OfferType.SAVING);

        offer.ifPresent(o -> {
            List<MonthlyUsage> months = UsageWindow.select(usage, D, RULES.usageMonths());
            assertThat(CandidateTariffs.of(current, catalogue))
                    .allSatisfy(t -> assertThat(projector.project(t, months)).isGreaterThanOrEqualTo(o.offerCost()));
        });
    }

    @Provide
    Arbitrary<Tariff> tariff() {
        Arbitrary<BigDecimal> fee = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000"))
                .ofScale(2);
        Arbitrary<BigDecimal> allowance = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50"))
                .ofScale(0).injectNull(0.3);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20"))
                .ofScale(2);
        Arbitrary<Integer> speed = Arbitraries.of(50, 100, 300, 1000).injectNull(0.2);
        return Combinators.combine(Arbitraries.strings().withCharRange('A', 'E').ofLength(2),
                        Arbitraries.of(TariffStatus.class), Arbitraries.of(Technology.MOBILE, Technology.FTTB),
                        fee, allowance, allowance, price, speed)
                .as((code, status, tech, f, minutes, data, p, s) ->
                        new Tariff(code, status, tech, Segment.B2C, f, minutes, BigDecimal.ZERO, data, p, p, p, s));
    }

    @Provide
    Arbitrary<List<Tariff>> catalogue() {
        return tariff().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<MonthlyUsage>> usage() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(1);
        return Combinators.combine(Arbitraries.integers().between(1, 6), quantity, quantity)
                .as((back, minutes, data) -> new MonthlyUsage(YearMonth.from(D).minusMonths(back), minutes, null, data))
                .list().ofMaxSize(6).uniqueElements(MonthlyUsage::month);
    }
}
