package com.retention.jobs.http;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.outcomes.OutcomeImport;
import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Outcomes over HTTP, both through {@code retention import outcomes}: a worked workbook or dialer
 * file as it is, and one task's outcome as a one-row dialer file of its own. Either is refused whole,
 * before anything is written, when it holds a task of a list that is not the caller's.
 */
@RestController
class OutcomesController {

    /** The dialer file's columns, in its order. */
    private static final String[] COLUMNS = {"task_id", "outcome", "contacted_at", "talk_seconds", "callback_at",
        "promise_date", "promise_amount", "note", "agent"};

    private final ImportService imports;
    private final UploadStore uploads;
    private final OutcomeFileTasks fileTasks;
    private final CallListIndex lists;
    private final CurrentUser user;
    private final AuditLog audit;
    private final JobLaunchService launcher;

    OutcomesController(ImportService imports, UploadStore uploads, OutcomeFileTasks fileTasks, CallListIndex lists,
            CurrentUser user, AuditLog audit, JobLaunchService launcher) {
        this.imports = imports;
        this.uploads = uploads;
        this.fileTasks = fileTasks;
        this.lists = lists;
        this.user = user;
        this.audit = audit;
        this.launcher = launcher;
    }

    @PostMapping("/api/outcomes")
    ImportAnswer upload(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean rerun) {
        AppUser me = user.get();
        Path stored = uploads.store(OutcomeImport.KIND, launcher.today(), file);
        if (!me.seesAllTeams()) {
            fileTasks.checkAllVisible(stored, me);
        }
        ImportSummary summary = imports.importFile(OutcomeImport.KIND, stored, rerun);
        audit.record("upload outcomes", null, null, OutcomeImport.KIND, summary.read(), file.getOriginalFilename());
        return ImportAnswer.of(summary, file.getOriginalFilename());
    }

    /** {@code result}: {@code recorded}, or {@code already recorded} when this very outcome was posted before. */
    record Recorded(String taskId, String outcome, String result) {
    }

    @PostMapping("/api/tasks/{taskId}/outcome")
    ResponseEntity<?> post(@PathVariable String taskId, @RequestBody OutcomePost post) {
        AppUser me = user.get();
        String team = lists.teamOf(taskId).orElseThrow(() -> new NotFoundException("no task " + taskId));
        if (!me.maySeeTeam(team)) {
            throw new AccessDeniedException("task " + taskId + " is on the list " + team + ", not one of yours");
        }
        if (post.outcome() == null || post.outcome().isBlank()) {
            throw new UserInputException("outcome is required (one of the outcome codes)");
        }
        Path stored = store(taskId, post, me);
        ImportSummary summary = imports.importFile(OutcomeImport.KIND, stored, false);
        if (summary.rejected() > 0) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiError(firstReject(summary)));
        }
        audit.record("post outcome", null, team, OutcomeImport.KIND, 1, taskId);
        return ResponseEntity.ok(new Recorded(taskId, post.outcome().strip(),
                summary.alreadyImported() ? "already recorded" : "recorded"));
    }

    private Path store(String taskId, OutcomePost post, AppUser me) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord((Object[]) COLUMNS);
            printer.printRecord(taskId, post.outcome(), post.contactedAt(), post.talkSeconds(), post.callbackAt(),
                    post.promiseDate(), post.promiseAmount(), post.note(),
                    post.agent() == null || post.agent().isBlank() ? me.login() : post.agent());
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
