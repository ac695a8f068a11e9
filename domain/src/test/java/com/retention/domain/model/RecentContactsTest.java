package com.retention.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.model.RecentContacts.Call;
import com.retention.domain.outcomes.OutcomeCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentContactsTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Test
    void countsTheCallsListedInTheLookbackAndTheirOutcomesContactedBeforeD() {
        List<Call> calls = List.of(
                new Call(D.minusDays(90), OutcomeCode.ACCEPTED, null),            // first day of the window
                new Call(D.minusDays(91), OutcomeCode.DECLINED, D.minusDays(89)), // listed before the window
                new Call(D.minusDays(10), OutcomeCode.NO_ANSWER, null),           // listed, not reached
                new Call(D.minusDays(5), OutcomeCode.PROMISE_TO_PAY, D.minusDays(4)),
                new Call(D.minusDays(3), OutcomeCode.COMPLAINT, D.minusDays(3)),
                new Call(D.minusDays(2), OutcomeCode.DECLINED, D),                // contacted on D: not yet seen
                new Call(D.minusDays(1), null, null),                            // listed, no outcome yet
                new Call(D, OutcomeCode.ACCEPTED, D));                           // D's own list: after scoring
        List<LocalDate> notices = List.of(D.minusDays(91), D.minusDays(90), D.minusDays(1), D);

        RecentContacts r = RecentContacts.of(calls, notices, D, 90);

        assertThat(r).isEqualTo(new RecentContacts(6, 3, 1, 0, 1, 1, 2));
        assertThat(RecentContacts.of(List.of(), List.of(), D, 90)).isEqualTo(RecentContacts.NONE);
    }

    @Test
    void reachedIsTheOutcomeCodesOwnAnswer() {
        assertThat(RecentContacts.reachedCodes()).contains("ACCEPTED", "DECLINED", "COMPLAINT", "PROMISE_TO_PAY")
                .doesNotContain("NO_ANSWER", "BUSY", "VOICEMAIL", "WRONG_NUMBER");
    }
}
