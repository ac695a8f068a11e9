package com.retention.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The leaves an outage can take (a node, buildings) keep their population as the operator grows, so the
 * generated outages, whose number grows with the operator, cover a share that does not.
 */
class AreaPlanTest {

    @Test
    void nodesAndBuildingsKeepTheirPopulationAtAnySize() {
        double nodesAt3m = 3_000_000.0 / leaves(3_000_000, AreaPlan.District::nodes);
        double nodesAt10m = 10_000_000.0 / leaves(10_000_000, AreaPlan.District::nodes);
        double buildingsAt3m = 3_000_000.0 / leaves(3_000_000, AreaPlan.District::buildings);
        double buildingsAt10m = 10_000_000.0 / leaves(10_000_000, AreaPlan.District::buildings);

        assertThat(nodesAt10m).as("subscribers per node").isCloseTo(nodesAt3m, within(nodesAt3m * 0.1));
        assertThat(buildingsAt10m).as("subscribers per building").isCloseTo(buildingsAt3m, within(buildingsAt3m * 0.1));
    }

    @Test
    void theSmallerOperatorsKeepTheirPlan() {
        // 75 districts: 1 node and 3 buildings each at 20 000, 6 and 100 at 1 000 000, 20 and 300 at 3 000 000
        assertThat(leaves(20_000, AreaPlan.District::nodes)).isEqualTo(75);
        assertThat(leaves(20_000, AreaPlan.District::buildings)).isEqualTo(3 * 75);
        assertThat(leaves(1_000_000, AreaPlan.District::nodes)).isEqualTo(6 * 75);
        assertThat(leaves(1_000_000, AreaPlan.District::buildings)).isEqualTo(100 * 75);
        assertThat(leaves(3_000_000, AreaPlan.District::nodes)).isEqualTo(20 * 75);
        assertThat(leaves(3_000_000, AreaPlan.District::buildings)).isEqualTo(300 * 75);
    }

    private static long leaves(int subscribers, java.util.function.Function<AreaPlan.District, List<String>> kind) {
        AreaPlan plan = new AreaPlan(new DemoSpec(subscribers, 1, LocalDate.parse("2026-11-22"), ZoneId.of("Europe/Moscow")));
        return plan.districts().stream().mapToLong(d -> kind.apply(d).size()).sum();
    }
}
