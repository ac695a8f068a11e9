package com.retention.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomeCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Instant TEN = Instant.parse("2026-11-23T07:00:00Z");

    private static ReportedOutcome row(OutcomeCode code) {
        return new ReportedOutcome("20261123-000001", code, TEN, 60, "anna", null, null, null, null);
    }

    private static TaskState open(String offerStatus) {
        return new TaskState("20261123-000001", DAY, 1, true, offerStatus, null, null);
    }

    @Test
    void aFirstOutcomeForAnOpenTaskOfTheFilesDayApplies() {
        assertThat(OutcomeCheck.check(row(OutcomeCode.NO_ANSWER), open(null), DAY).applies()).isTrue();
        assertThat(OutcomeCheck.check(row(OutcomeCode.ACCEPTED), open("OPEN"), DAY).applies()).isTrue();
    }

    @Test
    void anUnknownTaskOrATaskOfAnotherDayIsRejectedOnTheTaskIdColumn() {
        Verdict unknown = OutcomeCheck.check(row(OutcomeCode.DECLINED), null, DAY);
        assertThat(unknown.rejected()).isTrue();
        assertThat(unknown.column()).isEqualTo("task_id");
        assertThat(unknown.reason()).isEqualTo("unknown task");

        Verdict otherDay = OutcomeCheck.check(row(OutcomeCode.DECLINED), open(null), DAY.plusDays(1));
        assertThat(otherDay.rejected()).isTrue();
        assertThat(otherDay.reason()).contains("2026-11-23", "2026-11-24");
    }

    @Test
    void theSameOutcomeAgainIsANoOpAndADifferentOneForAClosedTaskIsRejected() {
        TaskState accepted = open("OPEN").after(row(OutcomeCode.ACCEPTED));
        assertThat(accepted.open()).isFalse();
        assertThat(accepted.offerStatus()).isEqualTo("ACCEPTED");

        assertThat(OutcomeCheck.check(row(OutcomeCode.ACCEPTED), accepted, DAY).kind()).isEqualTo(Verdict.Kind.UNCHANGED);
        Verdict declined = OutcomeCheck.check(row(OutcomeCode.DECLINED), accepted, DAY);
        assertThat(declined.rejected()).isTrue();
        assertThat(declined.reason()).contains("closed with outcome ACCEPTED");
    }

    @Test
    void anOpenTaskTakesTheNewerOutcomeAndIgnoresAnEarlierAttempt() {
        TaskState noAnswer = open("OPEN").after(row(OutcomeCode.NO_ANSWER));
        assertThat(noAnswer.open()).isTrue();
        ReportedOutcome later = new ReportedOutcome("20261123-000001", OutcomeCode.ACCEPTED, TEN.plusSeconds(3600),
                90, "anna", null, null, null, null);
        assertThat(OutcomeCheck.check(later, noAnswer, DAY).applies()).isTrue();

        TaskState acceptedLater = noAnswer.after(later);
        assertThat(OutcomeCheck.check(row(OutcomeCode.NO_ANSWER), acceptedLater, DAY).kind())
                .isEqualTo(Verdict.Kind.UNCHANGED);
    }

    @Test
    void eachCodeChecksWhatItNeeds() {
        assertThat(OutcomeCheck.check(row(OutcomeCode.PROMISE_TO_PAY), open(null), DAY).column()).isEqualTo("promise_date");
        assertThat(OutcomeCheck.check(row(OutcomeCode.CALLBACK), open(null), DAY).column()).isEqualTo("callback_at");
        assertThat(OutcomeCheck.check(row(OutcomeCode.ACCEPTED), open(null), DAY).reason()).contains("no offer");
        assertThat(OutcomeCheck.check(row(OutcomeCode.ACCEPTED), open("EXPIRED"), DAY).reason()).contains("EXPIRED");
    }

    @Test
    void retriesKeepTheTaskOpenBelowThreeAttemptsAndCallbacksAlways() {
        assertThat(OutcomeCode.NO_ANSWER.keepsTaskOpen(2)).isTrue();
        assertThat(OutcomeCode.VOICEMAIL.keepsTaskOpen(3)).isFalse();
        assertThat(OutcomeCode.CALLBACK.keepsTaskOpen(3)).isTrue();
        assertThat(OutcomeCode.DECLINED.keepsTaskOpen(1)).isFalse();
    }

    @Test
    void codesAreReadAsPeopleTypeThem() {
        assertThat(OutcomeCode.parse(" no answer ")).contains(OutcomeCode.NO_ANSWER);
        assertThat(OutcomeCode.parse("promise-to-pay")).contains(OutcomeCode.PROMISE_TO_PAY);
        assertThat(OutcomeCode.parse("MAYBE")).isEmpty();
    }

    @Test
    void theFileDayIsTheMajorityOfTheTaskIdsDatesAndTiesGoToTheEarliest() {
        FileDay day = new FileDay();
        day.add("20261124-000001");
        day.add("20261123-000001");
        day.add("20261123-000002");
        day.add("not-a-task");
        day.add("20261331-000001");
        assertThat(day.day()).contains(DAY);
        assertThat(day.dissenters()).isEqualTo(1);

        FileDay tie = new FileDay();
        tie.add("20261124-000001");
        tie.add("20261123-000001");
        assertThat(tie.day()).contains(DAY);
        assertThat(new FileDay().day()).isEmpty();
    }
}
