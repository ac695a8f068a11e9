package com.retention.domain.outages;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.scoring.ChurnBand;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/** Running the outage step again and again never notifies a subscriber of one kind twice. */
class OutageNoticeProperties {

    private static final Instant BASE = Instant.parse("2026-11-20T00:00:00Z");
    private final OutageNoticePolicy policy = new OutageNoticePolicy(OutageRules.defaults());

    @Property(tries = 300)
    void everyKindAtMostOnceOverAnySequenceOfRuns(@ForAll("outage") Outage outage,
                                                  @ForAll ChurnBand band,
                                                  @ForAll @IntRange(min = 1, max = 240) int stepMinutes) {
        Set<NoticeKind> sent = EnumSet.noneOf(NoticeKind.class);
        Map<NoticeKind, Integer> runsNotifying = new EnumMap<>(NoticeKind.class);
        for (Instant t = BASE; t.isBefore(BASE.plus(Duration.ofDays(6))); t = t.plus(Duration.ofMinutes(stepMinutes))) {
            Set<NoticeKind> kinds = policy.noticesDue(outage, t, new SubscriberFacts(band, sent));

            assertThat(kinds).noneMatch(sent::contains);
            kinds.forEach(k -> runsNotifying.merge(k, 1, Integer::sum));
            sent.addAll(kinds);
        }
        assertThat(runsNotifying.values()).allMatch(runs -> runs == 1);
        Statistics.collect(runsNotifying.isEmpty() ? "silent" : "notified");
        Statistics.coverage(c -> c.check("notified").percentage(p -> p > 30));
        if (runsNotifying.containsKey(NoticeKind.RESTORED)) {
            assertThat(runsNotifying).containsKey(NoticeKind.INCIDENT);
        }
        if (runsNotifying.containsKey(NoticeKind.APOLOGY)) {
            assertThat(band).isEqualTo(ChurnBand.HIGH);
        }
    }

    @Provide
    Arbitrary<Outage> outage() {
        Arbitrary<Instant> start = Arbitraries.integers().between(0, 4 * 24 * 60).map(m -> BASE.plusSeconds(60L * m));
        Arbitrary<Duration> length = Arbitraries.integers().between(1, 60 * 60).map(m -> Duration.ofMinutes(m));
        return Combinators.combine(Arbitraries.of(OutageKind.class), start, length, Arbitraries.of(true, false))
                .as((kind, s, len, closed) -> new Outage("O", "A", kind, s, s.plus(len), closed ? s.plus(len) : null));
    }
}
