package com.retention.domain.outages;

import static com.retention.domain.outages.OutageTest.T;
import static com.retention.domain.outages.OutageTest.unplanned;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutageExposureTest {

    private static final Instant FROM = T.minus(Duration.ofDays(90));

    private static Instant hoursBeforeT(long hours) {
        return T.minus(Duration.ofHours(hours));
    }

    @Test
    void overlappingOutagesOnACityAndItsBuildingCountOnce() {
        Outage city = new Outage("C", "MSK", OutageKind.UNPLANNED, hoursBeforeT(10), null, hoursBeforeT(7));
        Outage building = new Outage("B", "MSK-B1", OutageKind.UNPLANNED, hoursBeforeT(8), null, hoursBeforeT(6));

        assertThat(OutageExposure.minutesWithin(List.of(building, city), FROM, T)).isEqualTo(4 * 60);
    }

    @Test
    void separateOutagesAddUp() {
        List<Outage> outages = List.of(unplanned(hoursBeforeT(50), hoursBeforeT(48)),
                unplanned(hoursBeforeT(10), hoursBeforeT(9)));

        assertThat(OutageExposure.minutesWithin(outages, FROM, T)).isEqualTo(3 * 60);
    }

    @Test
    void onlyTheWindowCountsAndOpenOutagesRunToItsEnd() {
        Outage straddling = unplanned(FROM.minus(Duration.ofHours(5)), FROM.plus(Duration.ofHours(1)));
        Outage open = unplanned(hoursBeforeT(2), null);
        Outage future = unplanned(T.plus(Duration.ofHours(1)), null);

        assertThat(OutageExposure.minutesWithin(List.of(straddling, open, future), FROM, T)).isEqualTo(3 * 60);
    }

    @Test
    void nothingCoveringNothingCounted() {
        assertThat(OutageExposure.minutesWithin(List.of(), FROM, T)).isZero();
    }
}
