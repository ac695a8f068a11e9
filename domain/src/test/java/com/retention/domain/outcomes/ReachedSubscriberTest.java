package com.retention.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReachedSubscriberTest {

    @Test
    void everyCodeButTheRetriesAndAWrongNumberReachedTheSubscriber() {
        assertThat(Arrays.stream(OutcomeCode.values()).filter(OutcomeCode::reachedSubscriber))
                .containsExactly(OutcomeCode.ACCEPTED, OutcomeCode.DECLINED, OutcomeCode.CALLBACK, OutcomeCode.DO_NOT_CALL,
                        OutcomeCode.PROMISE_TO_PAY, OutcomeCode.PAID, OutcomeCode.NOTIFIED, OutcomeCode.COMPLAINT);
    }

    @Test
    void aRatingOutsideOneToFiveIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportedOutcome("T1", OutcomeCode.ACCEPTED, null,
                null, null, null, null, null, null, 6, null, null)).hasMessageContaining("csat must be 1 to 5");
    }
}
