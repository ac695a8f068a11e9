package com.retention.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.outcomes.OutcomeCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QaSamplingTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final List<OutcomeCode> REACHED = List.of(OutcomeCode.ACCEPTED, OutcomeCode.DECLINED,
            OutcomeCode.CALLBACK, OutcomeCode.PROMISE_TO_PAY, OutcomeCode.PAID, OutcomeCode.NOTIFIED,
            OutcomeCode.COMPLAINT, OutcomeCode.DO_NOT_CALL);

    final QaSampling sampling = new QaSampling(3);

    static QaCall call(String task, OutcomeCode outcome, Integer csat) {
        return new QaCall(task, "ivanova", outcome, csat);
    }

    @Test
    void complaintsFirstThenTheLowestRatingsThenTheDraw() {
        List<QaCall> calls = List.of(call("T1", OutcomeCode.ACCEPTED, 5), call("T2", OutcomeCode.DECLINED, 2),
                call("T3", OutcomeCode.COMPLAINT, null), call("T4", OutcomeCode.ACCEPTED, null),
                call("T5", OutcomeCode.DECLINED, 1));

        List<QaPick> picks = sampling.pick(NOVEMBER, calls);

        assertThat(picks).extracting(p -> p.call().taskId()).containsExactly("T3", "T5", "T2");
        assertThat(picks).extracting(QaPick::reason)
                .containsExactly(QaPick.Reason.COMPLAINT, QaPick.Reason.CSAT, QaPick.Reason.CSAT);
    }

    @Test
    void unratedCallsAreDrawnByTheHashOfMonthAndTaskSoTheSameMonthPicksTheSame() {
        List<QaCall> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(call("T" + i, OutcomeCode.ACCEPTED, null));
        }
        List<String> first = sampling.pick(NOVEMBER, calls).stream().map(p -> p.call().taskId()).toList();
        Collections.shuffle(calls, new Random(7));
        List<String> again = sampling.pick(NOVEMBER, calls).stream().map(p -> p.call().taskId()).toList();
        List<String> december = sampling.pick(NOVEMBER.plusMonths(1), calls).stream().map(p -> p.call().taskId()).toList();

        assertThat(again).isEqualTo(first).hasSize(3);
        assertThat(december).as("another month, another draw").isNotEqualTo(first);
        List<String> byHash = calls.stream().map(QaCall::taskId)
                .sorted(java.util.Comparator.comparing(t -> QaSampling.draw(NOVEMBER, t))).limit(3).toList();
        assertThat(first).isEqualTo(byHash);
        assertThat(sampling.pick(NOVEMBER, calls)).extracting(QaPick::reason).containsOnly(QaPick.Reason.RANDOM);
    }

    @Test
    void anAgentWithFewerCallsGetsThemAll() {
        assertThat(sampling.pick(NOVEMBER, List.of(call("T1", OutcomeCode.PAID, null)))).hasSize(1);
        assertThat(sampling.pick(NOVEMBER, List.of())).isEmpty();
    }

    @Test
    void theDrawIsTheSha256OfMonthAndTask() {
        // printf "2026-11:T1" | sha256sum
        assertThat(QaSampling.draw(NOVEMBER, "T1")).isEqualTo("355831c0b3fad7a446877291f87f49f743b5bd67559b088aaef88bd9c8378f01");
    }

    @Test
    void aSampleOfNoCallIsRefused() {
        assertThatThrownBy(() -> new QaSampling(0)).hasMessageContaining("calls-per-agent");
    }

    /** Whatever the calls, the sample is at most N, the complaints come first, and no unpicked call outranks a picked one. */
    @Property(tries = 300)
    void theSampleIsTheBestNInTheSampleOrder(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 8) int n,
                                             @ForAll @IntRange(min = 0, max = 30) int size) {
        Random random = new Random(seed);
        List<QaCall> calls = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Integer csat = random.nextInt(3) == 0 ? 1 + random.nextInt(5) : null;
            calls.add(call("T" + i, REACHED.get(random.nextInt(REACHED.size())), csat));
        }
        List<QaPick> picks = new QaSampling(n).pick(NOVEMBER, calls);

        assertThat(picks).hasSize(Math.min(n, size));
        long complaints = calls.stream().filter(c -> c.outcome() == OutcomeCode.COMPLAINT).count();
        assertThat(picks.stream().filter(p -> p.reason() == QaPick.Reason.COMPLAINT).count())
                .isEqualTo(Math.min(complaints, picks.size()));
        List<QaCall> all = new ArrayList<>(calls);
        all.sort(java.util.Comparator.comparing((QaCall c) -> c.outcome() != OutcomeCode.COMPLAINT)
                .thenComparing(QaCall::csat, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(c -> QaSampling.draw(NOVEMBER, c.taskId())));
        assertThat(picks).extracting(QaPick::call).containsExactlyElementsOf(all.subList(0, picks.size()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }
}
