package com.retention.jobs.outcomes;

import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.integer;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;
import static com.retention.jobs.ingest.write.TableSpec.timestamp;

import com.retention.domain.outcomes.ReportedOutcome;
import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowKey;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code retention import outcomes FILE}: registers the kind with the shared import command, which
 * refuses an unreadable file and then starts this kind's own job, {@code import-outcomes}
 * ({@link OutcomesJobConfiguration}): an outcome is not an upsert but a decision with consequences,
 * so the generic upsert of {@link #table()} is never used for it.
 */
@Component
public class OutcomeImport implements ImportDefinition {

    public static final String KIND = "outcomes";

    private static final TableSpec TABLE = new TableSpec("outcome",
            List.of(text("task_id"), text("outcome"), timestamp("contacted_at"), integer("talk_seconds"), text("agent"),
                    timestamp("callback_at"), date("promise_date"), numeric("promise_amount"), text("note"),
                    integer("csat"), integer("ring_seconds"), integer("wait_seconds")),
            "task_id", List.of("task_id"),
            List.of(new TableSpec.Reference("task_id", "call_task", "task_id", "unknown task")), null);

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(OutcomeRowParser.TASK_ID, OutcomeRowParser.OUTCOME);
    }

    @Override
    public RowKey key() {
        return OutcomeRowParser.KEY;
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    /** The outcome row's values in {@link #table()} order; null for a row not worked yet. */
    @Override
    public String[] parse(RowValues row) {
        OutcomeLine line = OutcomeRowParser.read(row);
        if (line == null || line.rejected()) {
            return null;
        }
        ReportedOutcome o = line.outcome();
        return new String[] {o.taskId(), o.code().name(), str(o.contactedAt()), str(o.talkSeconds()), o.agent(),
            str(o.callbackAt()), str(o.promiseDate()), o.promiseAmount() == null ? null : o.promiseAmount().toPlainString(),
            o.note(), str(o.csat()), str(o.ringSeconds()), str(o.waitSeconds())};
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
