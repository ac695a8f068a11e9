package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.errors.UserInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A re-run of a day whose lists were worked is refused in one line before it starts, and changes nothing. */
class CallListsRerunTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 12, 7);

    @Test
    void aRerunOfWorkedListsIsRefusedAndAnUnworkedDayRunsAgain() {
        operator.subscriber("W1", "+79160000201", "MOW").offered(D, 40);
        operator.subscriber("W2", "+79160000202", "MOW").offered(D, 50);
        runCallLists(D);
        runCallLists(D); // nothing worked yet: D is rebuilt
        long tasks = tasks();
        assertThat(tasks).isEqualTo(2);
        jdbc.update("INSERT INTO outcome (task_id, outcome) SELECT task_id, 'DECLINED' FROM call_task "
                + "WHERE business_date = ? AND subscriber_id = 'W1'", D);

        for (String job : new String[] {"call-lists", "nightly"}) {
            assertThatThrownBy(() -> launcher.run(job, D, null, true))
                    .isInstanceOf(UserInputException.class)
                    .hasMessage(job + " for " + D + " cannot run again: the call lists of " + D + " already have 1 "
                            + "imported outcomes, which a rebuild would drop; new requests to leave are added with: "
                            + "retention run call-lists --date " + D + " --at TIME");
        }
        assertThat(tasks()).isEqualTo(tasks);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome o JOIN call_task t USING (task_id) "
                + "WHERE t.business_date = ?", Long.class, D)).isOne();
    }

    private long tasks() {
        return jdbc.queryForObject("SELECT count(*) FROM call_task WHERE business_date = ?", Long.class, D);
    }
}
