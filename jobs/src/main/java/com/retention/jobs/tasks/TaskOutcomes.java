package com.retention.jobs.tasks;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.imports.UploadStore;
import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.outcomes.OutcomeImport;
import com.retention.jobs.users.AppUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Records one task's outcome, for the API and the agent screen alike: as a one-row dialer file
 * imported by {@code import outcomes}, so it meets exactly the rules (and rejects) of an uploaded
 * workbook, and a workbook that later reports the same outcome finds it recorded already.
 */
@Service
public class TaskOutcomes {

    /** The dialer file's columns, in its order. */
    private static final String[] COLUMNS = {"task_id", "outcome", "contacted_at", "talk_seconds", "callback_at",
        "promise_date", "promise_amount", "note", "agent", "csat", "ring_seconds", "wait_seconds"};

    /** {@code alreadyRecorded}: this very outcome was posted before and nothing changed. */
    public record Recorded(String taskId, String team, String outcome, boolean alreadyRecorded) {
    }

    private final ImportService imports;
    private final UploadStore uploads;
    private final CallListIndex lists;
    private final AuditLog audit;
    private final JobLaunchService launcher;

    TaskOutcomes(ImportService imports, UploadStore uploads, CallListIndex lists, AuditLog audit,
            JobLaunchService launcher) {
        this.imports = imports;
        this.uploads = uploads;
        this.lists = lists;
        this.audit = audit;
        this.launcher = launcher;
    }

    /**
     * @throws NotFoundException        no such task
     * @throws AccessDeniedException    the task is on a list that is not the user's
     * @throws UserInputException       no outcome code given
     * @throws OutcomeRejectedException the import's rules refused it (one line; nothing written)
     */
    public Recorded record(String taskId, TaskOutcome outcome, AppUser me) {
        String team = lists.teamOf(taskId).orElseThrow(() -> new NotFoundException("no task " + taskId));
        if (!me.maySeeTeam(team)) {
            throw new AccessDeniedException("task " + taskId + " is on the list " + team + ", not one of yours");
        }
        if (outcome.outcome() == null || outcome.outcome().isBlank()) {
            throw new UserInputException("outcome is required (one of the outcome codes)");
        }
        ImportSummary summary = imports.importFile(OutcomeImport.KIND, store(taskId, outcome, me), false);
        if (summary.rejected() > 0) {
            throw new OutcomeRejectedException(firstReject(summary));
        }
        audit.record("post outcome", null, team, OutcomeImport.KIND, 1, taskId);
        return new Recorded(taskId, team, outcome.outcome().strip(), summary.alreadyImported());
    }

    private Path store(String taskId, TaskOutcome o, AppUser me) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord((Object[]) COLUMNS);
            printer.printRecord(taskId, o.outcome(), o.contactedAt(), o.talkSeconds(), o.callbackAt(),
                    o.promiseDate(), o.promiseAmount(), o.note(),
                    o.agent() == null || o.agent().isBlank() ? me.login() : o.agent(), o.csat(), o.ringSeconds(),
                    o.waitSeconds());
            printer.flush();
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            return uploads.store("tasks", launcher.today(), "task-" + taskId + ".csv", new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the outcome of " + taskId + ": " + e.getMessage(), e);
        }
    }

    /** The reject report's first reason: the column and why, as the workbook's reject report says it. */
    private static String firstReject(ImportSummary summary) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(Path.of(summary.report()), StandardCharsets.UTF_8, format)) {
            for (CSVRecord reject : parser) {
                String value = reject.get("value");
                return reject.get("column") + (value == null || value.isEmpty() ? "" : " '" + value + "'") + ": "
                        + reject.get("reason");
            }
        } catch (IOException | RuntimeException e) {
            // the report went missing: still a refusal, only less precise
        }
        return "the outcome was rejected";
    }
}
