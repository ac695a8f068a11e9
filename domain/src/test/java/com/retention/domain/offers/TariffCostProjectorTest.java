package com.retention.domain.offers;

import static com.retention.domain.offers.Tariffs.tariff;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffCostProjectorTest {

    private final TariffCostProjector projector = new TariffCostProjector();

    static MonthlyUsage usage(int month, String minutes, String sms, String dataGb) {
        return new MonthlyUsage(YearMonth.of(2026, month), new BigDecimal(minutes), new BigDecimal(sms),
                new BigDecimal(dataGb));
    }

    @Test
    void usageWithinTheAllowancesCostsTheFee() {
        Tariff t = tariff("A", "400").minutes("300", "2").sms("100", "1").data("10", "50").build();

        BigDecimal cost = projector.project(t, List.of(usage(8, "300", "100", "10")));

        assertThat(cost).isEqualByComparingTo("400").hasScaleOf(2);
    }

    @Test
    void eachOverageIsChargedAtItsPrice() {
        Tariff t = tariff("A", "400").minutes("300", "2").sms("100", "1.5").data("10", "50").build();

        // 400 + 20 min * 2 + 10 sms * 1.5 + 2.5 GB * 50 = 400 + 40 + 15 + 125
        BigDecimal cost = projector.project(t, List.of(usage(8, "320", "110", "12.5")));

        assertThat(cost).isEqualTo(new BigDecimal("580.00"));
    }

    @Test
    void unlimitedMeansNoOverageAndZeroIncludedMeansAllIsCharged() {
        Tariff unlimited = tariff("U", "400").minutes(null, "2").sms(null, "1").unlimitedData().build();
        Tariff none = tariff("N", "100").minutes("0", "2").sms("0", "1").data("0", "10").build();
        MonthlyUsage month = usage(8, "100", "10", "3");

        assertThat(projector.project(unlimited, List.of(month))).isEqualTo(new BigDecimal("400.00"));
        assertThat(projector.project(none, List.of(month))).isEqualTo(new BigDecimal("340.00"));
    }

    @Test
    void aMissingPriceBillsNoOverage() {
        Tariff t = tariff("A", "400").minutes("0", null).build();

        assertThat(projector.project(t, List.of(usage(8, "1000", "0", "0")))).isEqualTo(new BigDecimal("400.00"));
    }

    @Test
    void averagesOverTheMonthsPresent() {
        Tariff t = tariff("A", "100").data("0", "10").build();

        BigDecimal three = projector.project(t, List.of(usage(8, "0", "0", "1"), usage(9, "0", "0", "2"),
                usage(10, "0", "0", "6")));
        BigDecimal two = projector.project(t, List.of(usage(9, "0", "0", "2"), usage(10, "0", "0", "6")));

        assertThat(three).isEqualTo(new BigDecimal("130.00"));
        assertThat(two).isEqualTo(new BigDecimal("140.00"));
    }

    @Test
    void noUsageAtAllCostsTheMonthlyFee() {
        assertThat(projector.project(tariff("A", "399.9").build(), List.of())).isEqualTo(new BigDecimal("399.90"));
    }

    @Test
    void roundsTheAverageOnceNotEachMonth() {
        Tariff t = tariff("A", "10").minutes("0", "0.001").build();

        // months cost 10.005, 10.005, 10.004: the true average 10.00466.. rounds to 10.00, while
        // rounding each month first (10.01, 10.01, 10.00) would give 10.01
        BigDecimal cost = projector.project(t, List.of(usage(8, "5", "0", "0"), usage(9, "5", "0", "0"),
                usage(10, "4", "0", "0")));

        assertThat(cost).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void roundsHalfUp() {
        Tariff t = tariff("A", "10").minutes("0", "0.001").build();

        assertThat(projector.project(t, List.of(usage(8, "5", "0", "0")))).isEqualTo(new BigDecimal("10.01"));
    }
}
