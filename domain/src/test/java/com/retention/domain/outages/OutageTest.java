package com.retention.domain.outages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutageTest {

    static final Instant T = Instant.parse("2026-11-22T09:00:00Z");

    static Outage unplanned(Instant start, Instant end) {
        return new Outage("O-1", "MSK", OutageKind.UNPLANNED, start, null, end);
    }

    static Outage planned(Instant start, Instant expectedEnd, Instant end) {
        return new Outage("P-1", "MSK", OutageKind.PLANNED, start, expectedEnd, end);
    }

    @Test
    void openFromItsStartUntilItsEnd() {
        Outage outage = unplanned(T, T.plus(Duration.ofHours(2)));

        assertThat(outage.isOpenAt(T.minusSeconds(1))).isFalse();
        assertThat(outage.isOpenAt(T)).isTrue();
        assertThat(outage.isOpenAt(T.plus(Duration.ofHours(2)).minusSeconds(1))).isTrue();
        assertThat(outage.isOpenAt(T.plus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void unplannedWithoutEndStaysOpenWhateverItsExpectedEnd() {
        Outage outage = new Outage("O", "MSK", OutageKind.UNPLANNED, T, T.plusSeconds(60), null);

        assertThat(outage.isOpenAt(T.plus(Duration.ofDays(3)))).isTrue();
        assertThat(outage.effectiveEnd()).isNull();
    }

    @Test
    void plannedWithoutEndEndsAsScheduled() {
        Outage outage = planned(T, T.plus(Duration.ofHours(4)), null);

        assertThat(outage.isOpenAt(T.plus(Duration.ofHours(3)))).isTrue();
        assertThat(outage.isOpenAt(T.plus(Duration.ofHours(4)))).isFalse();
        assertThat(planned(T, T.plus(Duration.ofHours(4)), T.plus(Duration.ofHours(6)))
                .isOpenAt(T.plus(Duration.ofHours(5)))).isTrue();
    }

    @Test
    void anEndAfterTIsNotSeenAtT() {
        Outage outage = unplanned(T.minus(Duration.ofHours(1)), T.plus(Duration.ofHours(1)));

        assertThat(outage.hasEndedBy(T)).isFalse();
        assertThat(outage.lastedAt(T)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void lastedIsTheWholeOutageOnceEndedAndZeroBeforeTheStart() {
        Outage outage = unplanned(T.minus(Duration.ofHours(30)), T.minus(Duration.ofHours(2)));

        assertThat(outage.lastedAt(T)).isEqualTo(Duration.ofHours(28));
        assertThat(outage.lastedAt(T.minus(Duration.ofHours(31)))).isZero();
    }
}
