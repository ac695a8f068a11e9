package com.retention.jobs.http;

import com.retention.jobs.tasks.OutcomeRejectedException;
import com.retention.jobs.tasks.TaskOutcome;
import com.retention.jobs.tasks.TaskOutcomes;
import com.retention.jobs.uploads.Uploads;
import com.retention.jobs.users.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Outcomes over HTTP, both through {@code retention import outcomes}: a worked workbook or dialer
 * file as it is, and one task's outcome through {@link TaskOutcomes} (the agent screen's door too).
 * Either is refused whole, before anything is written, when it holds a task of a list that is not
 * the caller's.
 */
@RestController
class OutcomesController {

    private final Uploads uploads;
    private final TaskOutcomes taskOutcomes;
    private final CurrentUser user;

    OutcomesController(Uploads uploads, TaskOutcomes taskOutcomes, CurrentUser user) {
        this.uploads = uploads;
        this.taskOutcomes = taskOutcomes;
        this.user = user;
    }

    @PostMapping("/api/outcomes")
    ImportAnswer upload(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean rerun) {
        return ImportAnswer.of(uploads.importOutcomes(file, rerun, user.get()), file.getOriginalFilename());
    }

    /** {@code result}: {@code recorded}, or {@code already recorded} when this very outcome was posted before. */
    record Recorded(String taskId, String outcome, String result) {
    }

    @PostMapping("/api/tasks/{taskId}/outcome")
    ResponseEntity<?> post(@PathVariable String taskId, @RequestBody TaskOutcome post) {
        try {
            TaskOutcomes.Recorded recorded = taskOutcomes.record(taskId, post, user.get());
            return ResponseEntity.ok(new Recorded(taskId, recorded.outcome(),
                    recorded.alreadyRecorded() ? "already recorded" : "recorded"));
        } catch (OutcomeRejectedException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiError(e.getMessage()));
        }
    }
}
