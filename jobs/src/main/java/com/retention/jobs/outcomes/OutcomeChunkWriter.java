package com.retention.jobs.outcomes;

import com.retention.domain.dunning.DunningRules;
import com.retention.domain.outcomes.OutcomeCheck;
import com.retention.domain.outcomes.ReportedOutcome;
import com.retention.domain.outcomes.TaskState;
import com.retention.domain.outcomes.Verdict;
import com.retention.jobs.ingest.parse.CellText;
import com.retention.jobs.ingest.parse.Reject;
import com.retention.jobs.ingest.write.RejectStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Applies one chunk of outcome rows in the chunk's transaction: reads the state of the chunk's
 * tasks once, checks each row in file order with {@link OutcomeCheck} (a later row of the same
 * task sees the earlier one), then runs each consequence as one statement over the applied
 * outcomes, and saves the rejects beside them. A restart that repeats a chunk changes nothing.
 */
public class OutcomeChunkWriter implements ItemWriter<OutcomeLine> {

    private final OutcomeMapper mapper;
    private final RejectStore rejects;
    private final long jobInstanceId;
    private final LocalDate fileDay;
    private final ZoneId operatorZone;
    private final DunningRules dunning;
    private final String sourceFile;

    public OutcomeChunkWriter(OutcomeMapper mapper, RejectStore rejects, long jobInstanceId, LocalDate fileDay,
            ZoneId operatorZone, DunningRules dunning, String sourceFile) {
        this.mapper = mapper;
        this.rejects = rejects;
        this.jobInstanceId = jobInstanceId;
        this.fileDay = fileDay;
        this.operatorZone = operatorZone;
        this.dunning = dunning;
        this.sourceFile = sourceFile;
    }

    @Override
    public void write(Chunk<? extends OutcomeLine> chunk) {
        Map<String, TaskState> states = states(chunk);
        Map<String, AppliedOutcomes.Applied> applied = new LinkedHashMap<>();
        List<Reject> rejected = new ArrayList<>();
        for (OutcomeLine line : chunk) {
            if (line.rejected()) {
                rejected.addAll(line.rejects());
                continue;
            }
            ReportedOutcome outcome = line.outcome();
            TaskState state = states.get(outcome.taskId());
            Verdict verdict = OutcomeCheck.check(outcome, state, fileDay);
            switch (verdict.kind()) {
                case REJECT -> rejected.add(new Reject(line.rowNumber(), verdict.column(),
                        CellText.of(valueOf(outcome, verdict.column())), verdict.reason(), line.key()));
                case UNCHANGED -> {
                    // recorded already, or an earlier call the recorded outcome superseded
                }
                case APPLY -> {
                    // A second row of a task in this chunk replaces the first (only an open task
                    // takes it): the first's state is the one the consequences start from.
                    AppliedOutcomes.Applied earlier = applied.remove(outcome.taskId());
                    applied.put(outcome.taskId(), new AppliedOutcomes.Applied(outcome,
                            earlier == null ? state : earlier.before()));
                    states.put(outcome.taskId(), state.after(outcome));
                }
            }
        }
        apply(AppliedOutcomes.of(applied.values(), operatorZone, dunning, sourceFile));
        rejects.save(jobInstanceId, rejected);
    }

    private Map<String, TaskState> states(Chunk<? extends OutcomeLine> chunk) {
        String[] ids = chunk.getItems().stream().filter(l -> !l.rejected()).map(l -> l.outcome().taskId()).distinct()
                .toArray(String[]::new);
        Map<String, TaskState> states = new HashMap<>();
        if (ids.length > 0) {
            mapper.taskStates(ids).forEach(row -> states.put(row.taskId(), row.toState()));
        }
        return states;
    }

    /** Order matters only for the offer: its order is made before its status moves on. */
    private void apply(AppliedOutcomes outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        mapper.upsertOutcomes(outcomes);
        mapper.updateTaskStatus(outcomes);
        mapper.insertTariffOrders(outcomes);
        mapper.decideOffers(outcomes);
        mapper.markInvalidPhones(outcomes);
        mapper.addDoNotCall(outcomes);
        mapper.pauseDunning(outcomes);
    }

    private static Object valueOf(ReportedOutcome outcome, String column) {
        return switch (column) {
            case "task_id" -> outcome.taskId();
            case "outcome" -> outcome.code().name();
            case "promise_date" -> outcome.promiseDate();
            case "callback_at" -> outcome.callbackAt();
            default -> null;
        };
    }
}
