package com.retention.jobs.demo.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.outcomes.OutcomeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallOutcomesTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);

    private static Map<OutcomeCode, Integer> work(String campaign, BigDecimal saving, long seed, int n) {
        Map<OutcomeCode, Integer> counts = new EnumMap<>(OutcomeCode.class);
        for (int i = 0; i < n; i++) {
            ListedCall call = new ListedCall("20261123-%06d".formatted(i), D, campaign, "X",
                    campaign.equals("RETENTION") ? "NEW" : null, saving, BigDecimal.valueOf(1500), 1,
                    LocalTime.of(8, 0), LocalTime.of(22, 0), ZoneId.of("Asia/Vladivostok"));
            SimulatedCall result = CallOutcomes.work(call, TaskRandom.of(seed, call.taskId()));
            if (result != null) {
                counts.merge(result.outcome(), 1, Integer::sum);
                assertThat(result.contactedAt().toLocalDate()).isEqualTo(D);
                assertThat(result.contactedAt().toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(22, 0));
            }
        }
        return counts;
    }

    @Test
    void aboutSixtyPercentAreReachedAndBigSavingsSellBetter() {
        Map<OutcomeCode, Integer> small = work("RETENTION", BigDecimal.valueOf(60), 7, 20_000);
        Map<OutcomeCode, Integer> large = work("RETENTION", BigDecimal.valueOf(600), 7, 20_000);
        int worked = small.values().stream().mapToInt(Integer::intValue).sum();
        int missed = small.getOrDefault(OutcomeCode.NO_ANSWER, 0) + small.getOrDefault(OutcomeCode.BUSY, 0)
                + small.getOrDefault(OutcomeCode.VOICEMAIL, 0) + small.getOrDefault(OutcomeCode.WRONG_NUMBER, 0);
        assertThat(1.0 - (double) missed / worked).isBetween(0.57, 0.65);
        assertThat(large.get(OutcomeCode.ACCEPTED)).isGreaterThan(2 * small.get(OutcomeCode.ACCEPTED));
        assertThat(small).containsKeys(OutcomeCode.DECLINED, OutcomeCode.CALLBACK, OutcomeCode.COMPLAINT,
                OutcomeCode.DO_NOT_CALL, OutcomeCode.WRONG_NUMBER);
        assertThat(small).doesNotContainKeys(OutcomeCode.PROMISE_TO_PAY, OutcomeCode.PAID);
    }

    @Test
    void dunningCallsEndInPromisesAndPaymentsAndNoSaleIsMadeWithoutAnOffer() {
        Map<OutcomeCode, Integer> dunning = work("DUNNING", null, 7, 5_000);
        assertThat(dunning.get(OutcomeCode.PROMISE_TO_PAY)).isGreaterThan(dunning.get(OutcomeCode.PAID));
        assertThat(dunning).doesNotContainKeys(OutcomeCode.ACCEPTED);
        assertThat(work("MARKETING", null, 7, 5_000)).doesNotContainKeys(OutcomeCode.ACCEPTED);
    }

    @Test
    void theSameSeedGivesTheSameCallsAndAnotherSeedOthers() {
        assertThat(work("RETENTION", BigDecimal.valueOf(150), 42, 2_000))
                .isEqualTo(work("RETENTION", BigDecimal.valueOf(150), 42, 2_000))
                .isNotEqualTo(work("RETENTION", BigDecimal.valueOf(150), 43, 2_000));
    }
}
