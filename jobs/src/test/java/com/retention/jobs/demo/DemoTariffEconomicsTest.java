package com.retention.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Migration offers must mean something: priced by the README's projected cost (average of the last
 * three full months), most legacy mobile subscribers overpay the best current tariff by 10-40 %.
 */
class DemoTariffEconomicsTest {

    private static final LocalDate FIRST_OF_THREE = LocalDate.parse("2026-08-01");

    @Test
    void mostLegacyMobileSubscribersOverpayTheBestCurrentTariffByTenToFortyPercent() {
        DemoOperator operator = new DemoOperator(DemoCommandTest.SPEC);
        UsageModel usage = new UsageModel(DemoCommandTest.SPEC);
        List<Double> savings = new ArrayList<>();
        operator.subscribers(s -> {
            if (!s.tariff().legacy() || !s.tariff().mobile() || !s.status().equals("ACTIVE")) {
                return;
            }
            List<UsageRow> months = new ArrayList<>();
            usage.forSubscriber(s, row -> {
                if (!row.month().isBefore(FIRST_OF_THREE)) {
                    months.add(row);
                }
            });
            if (months.size() < 3) {
                return;
            }
            double current = projected(s.tariff(), months);
            double best = TariffCatalog.ALL.stream()
                    .filter(t -> !t.legacy() && t.technology().equals(s.tariff().technology())
                            && t.segment().equals(s.tariff().segment()))
                    .mapToDouble(t -> projected(t, months)).min().orElseThrow();
            savings.add(1 - best / current);
        });

        assertThat(savings).hasSizeGreaterThan(100);
        long tenToForty = savings.stream().filter(x -> x >= 0.10 && x <= 0.40).count();
        assertThat((double) tenToForty / savings.size()).as("share overpaying 10 to 40 percent").isGreaterThan(0.5);
        assertThat(savings).as("some overpay more, a few not at all").anySatisfy(x -> assertThat(x).isLessThan(0.10));
    }

    @Test
    void someLegacyFixedTariffsAreSlowerAndPricierThanACurrentOne() {
        assertThat(TariffCatalog.ALL).filteredOn(t -> t.legacy() && !t.mobile()).anySatisfy(legacy ->
                assertThat(TariffCatalog.ALL).anySatisfy(active -> {
                    assertThat(active.legacy()).isFalse();
                    assertThat(active.technology()).isEqualTo(legacy.technology());
                    assertThat(active.segment()).isEqualTo(legacy.segment());
                    assertThat(active.speedMbps()).isGreaterThan(legacy.speedMbps());
                    assertThat(active.monthlyFee()).isLessThan(legacy.monthlyFee());
                }));
    }

    private static double projected(DemoTariff tariff, List<UsageRow> months) {
        return months.stream().mapToLong(m -> tariff.costKopecks(m.voiceMinutes(), m.sms(), m.dataGb()))
                .average().orElseThrow();
    }
}
