package com.retention.domain.offers;

import static com.retention.domain.offers.Tariffs.tariff;
import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.common.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferSelectorTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private static final OfferRules RULES = OfferRules.defaults();

    private final OfferSelector selector = new OfferSelector(RULES);

    /** No usage: every projected cost is the bare fee, so fees spell the costs out plainly. */
    private Optional<OfferDecision> select(Tariff current, Tariff... catalogue) {
        return selector.select(current, List.of(catalogue), List.of(), D);
    }

    @Test
    void savingOfExactlyTenPercentIsOffered() {
        // 600 -> 540 saves 60: exactly 10 %, and above 50
        Optional<OfferDecision> offer = select(tariff("CUR", "600").build(), tariff("NEW", "540").build());

        assertThat(offer).hasValueSatisfying(o -> {
            assertThat(o.type()).isEqualTo(OfferType.SAVING);
            assertThat(o.offerTariff().code()).isEqualTo("NEW");
            assertThat(o.currentCost()).isEqualTo(new BigDecimal("600.00"));
            assertThat(o.offerCost()).isEqualTo(new BigDecimal("540.00"));
            assertThat(o.monthlySaving()).isEqualTo(new BigDecimal("60.00"));
            assertThat(o.monthlySaving()).isEqualByComparingTo(
                    o.currentCost().multiply(RULES.minSavingShare()));
        });
    }

    @Test
    void savingJustBelowTenPercentIsNotOffered() {
        // saves 59.99 of 600: 9.998 %, although far above 50
        assertThat(select(tariff("CUR", "600").build(), tariff("NEW", "540.01").build())).isEmpty();
    }

    @Test
    void savingOfExactlyFiftyIsOffered() {
        // 400 -> 350 saves exactly 50, which is 12.5 %
        Optional<OfferDecision> offer = select(tariff("CUR", "400").build(), tariff("NEW", "350").build());

        assertThat(offer).map(OfferDecision::monthlySaving).contains(new BigDecimal("50.00"));
        assertThat(offer).map(OfferDecision::type).contains(OfferType.SAVING);
    }

    @Test
    void savingJustBelowFiftyIsNotOffered() {
        // saves 49.99 of 400: 12.5 % but under 50
        assertThat(select(tariff("CUR", "400").build(), tariff("NEW", "350.01").build())).isEmpty();
    }

    @Test
    void savingIsMeasuredOnRealUsageNotOnFees() {
        Tariff current = tariff("CUR", "300").data("5", "100").build();
        Tariff bigger = tariff("BIG", "450").data("20", "100").build();
        List<MonthlyUsage> usage = List.of(
                new MonthlyUsage(YearMonth.of(2026, 8), null, null, new BigDecimal("10")),
                new MonthlyUsage(YearMonth.of(2026, 9), null, null, new BigDecimal("10")),
                new MonthlyUsage(YearMonth.of(2026, 10), null, null, new BigDecimal("10")),
                new MonthlyUsage(YearMonth.of(2026, 11), null, null, new BigDecimal("90"))); // D's month: ignored

        Optional<OfferDecision> offer = selector.select(current, List.of(bigger), usage, D);

        // current: 300 + 5 GB * 100 = 800 a month; the dearer fee is the cheaper tariff
        assertThat(offer).hasValueSatisfying(o -> {
            assertThat(o.currentCost()).isEqualTo(new BigDecimal("800.00"));
            assertThat(o.offerCost()).isEqualTo(new BigDecimal("450.00"));
            assertThat(o.type()).isEqualTo(OfferType.SAVING);
        });
    }

    @Test
    void upgradeForLegacyFibreWhenAFasterCheaperCurrentTariffExists() {
        Tariff legacy = tariff("FTTB-100-OLD", "700").legacy().tech(Technology.FTTB).unlimitedData().speed(100).build();
        Tariff slowerCheapest = tariff("FTTB-50", "680").tech(Technology.FTTB).unlimitedData().speed(50).build();
        Tariff faster = tariff("FTTB-300", "690").tech(Technology.FTTB).unlimitedData().speed(300).build();
        Tariff fasterDearer = tariff("FTTB-1000", "800").tech(Technology.FTTB).unlimitedData().speed(1000).build();
        Tariff otherTech = tariff("GPON-500", "300").tech(Technology.GPON).unlimitedData().speed(500).build();

        Optional<OfferDecision> offer = select(legacy, slowerCheapest, faster, fasterDearer, otherTech);

        assertThat(offer).hasValueSatisfying(o -> {
            assertThat(o.type()).isEqualTo(OfferType.UPGRADE);
            assertThat(o.offerTariff().code()).isEqualTo("FTTB-300");
            assertThat(o.monthlySaving()).isEqualTo(new BigDecimal("10.00"));
        });
    }

    @Test
    void upgradeMayCostTheSameButNeverMore() {
        Tariff legacy = tariff("OLD", "700").legacy().data("10", "0").speed(0).build();

        assertThat(select(legacy, tariff("SAME", "700").data("10", "0").build()))
                .map(OfferDecision::type).contains(OfferType.UPGRADE);
        assertThat(select(legacy, tariff("DEARER", "700.01").data("100", "0").build())).isEmpty();
    }

    @Test
    void upgradeNeedsAtLeastAsMuchData() {
        Tariff legacy = tariff("OLD", "700").legacy().unlimitedData().build();

        assertThat(select(legacy, tariff("LIMITED", "690").data("1000", "0").build())).isEmpty();
        assertThat(select(legacy, tariff("UNLIM", "690").unlimitedData().build()))
                .map(o -> o.offerTariff().code()).contains("UNLIM");
    }

    @Test
    void activeTariffWithoutEnoughSavingGetsNothing() {
        Tariff current = tariff("CUR", "700").speed(100).build();

        assertThat(select(current, tariff("FASTER", "690").speed(300).build())).isEmpty();
    }

    @Test
    void onlyActiveCandidatesOfTheSameSegmentAndTechnologyOtherThanTheCurrent() {
        Tariff current = tariff("CUR", "1000").legacy().build();
        Tariff[] ineligible = {
                tariff("LEGACY", "100").legacy().build(),
                tariff("B2B", "100").segment(Segment.B2B).build(),
                tariff("TV", "100").tech(Technology.TV).build(),
                tariff("CUR", "100").build()};

        assertThat(select(current, ineligible)).isEmpty();
        assertThat(select(current)).isEmpty();
    }

    @Test
    void costTieGoesToMoreDataWithUnlimitedMost() {
        Tariff current = tariff("CUR", "1000").build();

        Optional<OfferDecision> offer = select(current,
                tariff("A-10GB", "500").data("10", "0").build(),
                tariff("B-UNLIM", "500").unlimitedData().build(),
                tariff("C-100GB", "500").data("100", "0").build());

        assertThat(offer).map(o -> o.offerTariff().code()).contains("B-UNLIM");
    }

    @Test
    void costAndDataTieGoesToMoreSpeed() {
        Tariff current = tariff("CUR", "1000").tech(Technology.FTTB).build();

        Optional<OfferDecision> offer = select(current,
                tariff("A-100", "500").tech(Technology.FTTB).speed(100).build(),
                tariff("B-500", "500").tech(Technology.FTTB).speed(500).build());

        assertThat(offer).map(o -> o.offerTariff().code()).contains("B-500");
    }

    @Test
    void costDataAndSpeedTieGoesToLowerFee() {
        Tariff current = tariff("CUR", "1000").minutes("0", "1").build();
        // 100 minutes a month: A costs 300 + 100 = 400 in overage, B's 400 fee covers them all
        List<MonthlyUsage> usage = List.of(new MonthlyUsage(YearMonth.of(2026, 10), new BigDecimal("100"), null, null));
        Tariff lowFee = tariff("A-LOWFEE", "300").minutes("0", "1").build();
        Tariff highFee = tariff("B-HIGHFEE", "400").minutes(null, "1").build();

        Optional<OfferDecision> offer = selector.select(current, List.of(highFee, lowFee), usage, D);

        assertThat(offer).hasValueSatisfying(o -> {
            assertThat(o.offerCost()).isEqualTo(new BigDecimal("400.00"));
            assertThat(o.offerTariff().code()).isEqualTo("A-LOWFEE");
        });
    }
}
