package com.retention.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.common.Channel;
import com.retention.domain.outcomes.OutcomeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DunningStepPolicyTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private static final DunningRules RULES = DunningRules.defaults();
    private final DunningStepPolicy policy = new DunningStepPolicy(RULES);

    private static Overdue overdue(String amount, int days) {
        return new Overdue(new BigDecimal(amount), days, BigDecimal.ZERO);
    }

    /** The product's ladder, day by day at every boundary. */
    @ParameterizedTest(name = "{0} days past due -> {1}")
    @CsvSource({
            "1, REMINDER_SMS", "5, REMINDER_SMS",
            "6, REMINDER_CALL", "14, REMINDER_CALL",
            "15, SUSPENSION_WARNING", "29, SUSPENSION_WARNING",
            "30, COLLECTIONS", "400, COLLECTIONS"})
    void stepByDaysPastDue(int days, DunningStep expected) {
        assertThat(policy.stepFor(overdue("500", days), D, List.of())).contains(expected);
    }

    @Test
    void under100IsLeftAloneAnd100IsActedOn() {
        assertThat(policy.stepFor(overdue("99", 20), D, List.of())).isEmpty();
        assertThat(policy.stepFor(overdue("99.99", 20), D, List.of())).isEmpty();
        assertThat(policy.stepFor(overdue("100", 20), D, List.of())).contains(DunningStep.SUSPENSION_WARNING);
    }

    @Test
    void nothingOverdueNothingToDo() {
        assertThat(policy.stepFor(Overdue.none(BigDecimal.TEN), D, List.of())).isEmpty();
    }

    @Test
    void promiseToPayPausesThroughTheDayAfterThePromiseDate() {
        LocalDate promised = D.minusDays(1);
        List<DunningPause> pause = DunningPause.after(OutcomeCode.PROMISE_TO_PAY, D.minusDays(5), promised, RULES)
                .stream().toList();

        assertThat(pause.get(0).until()).isEqualTo(D);
        assertThat(policy.stepFor(overdue("500", 10), D, pause)).isEmpty();
        assertThat(policy.stepFor(overdue("500", 11), D.plusDays(1), pause)).contains(DunningStep.REMINDER_CALL);
    }

    @Test
    void paidPausesThreeDays() {
        List<DunningPause> pause = DunningPause.after(OutcomeCode.PAID, D.minusDays(3), null, RULES).stream().toList();

        assertThat(policy.stepFor(overdue("500", 40), D, pause)).isEmpty();
        assertThat(policy.stepFor(overdue("500", 41), D.plusDays(1), pause)).contains(DunningStep.COLLECTIONS);
    }

    /** The pause lengths are the rules' parameters (retention.dunning.promise-grace-days, paid-pause-days). */
    @Test
    void pauseLengthsComeFromTheRules() {
        DunningRules longer = new DunningRules(new BigDecimal("100"), 6, 15, 30, 4, 10);
        LocalDate promised = LocalDate.of(2026, 11, 30);

        assertThat(DunningPause.after(OutcomeCode.PROMISE_TO_PAY, D, promised, longer))
                .contains(new DunningPause(promised.plusDays(4)));
        assertThat(DunningPause.after(OutcomeCode.PAID, D, null, longer)).contains(new DunningPause(D.plusDays(10)));
        assertThat(DunningPause.after(OutcomeCode.PROMISE_TO_PAY, D, null, longer)).isEmpty();
        assertThat(DunningPause.after(OutcomeCode.DECLINED, D, null, longer)).isEmpty();
    }

    @Test
    void anyActivePauseSuppresses() {
        List<DunningPause> pauses = List.of(new DunningPause(D.minusDays(10)), new DunningPause(D.plusDays(2)));

        Optional<DunningStep> step = policy.stepFor(overdue("500", 3), D, pauses);

        assertThat(step).isEmpty();
    }

    @Test
    void stepsCarryTheirChannel() {
        assertThat(DunningStep.REMINDER_SMS.channel()).isEqualTo(Channel.SMS);
        assertThat(DunningStep.REMINDER_CALL.isCall()).isTrue();
        assertThat(DunningStep.SUSPENSION_WARNING.isCall()).isTrue();
        assertThat(DunningStep.COLLECTIONS.channel()).isEqualTo(Channel.HANDOVER);
        assertThat(DunningStep.COLLECTIONS.isCall()).isFalse();
    }

    @Test
    void defaultsAreThoseOfTheProductContract() {
        assertThat(RULES.minOverdueAmount()).isEqualByComparingTo("100");
        assertThat(RULES.reminderCallFromDays()).isEqualTo(6);
        assertThat(RULES.suspensionWarningFromDays()).isEqualTo(15);
        assertThat(RULES.collectionsFromDays()).isEqualTo(30);
        assertThat(RULES.promiseGraceDays()).isEqualTo(1);
        assertThat(RULES.paidPauseDays()).isEqualTo(3);
    }
}
