package com.retention.jobs.http;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.BackgroundRuns;
import com.retention.jobs.launch.JobHistory;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.launch.RunDetail;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The runs, as {@code retention jobs}, {@code jobs restart} and {@code run} (the same launch service):
 * a run that ends within a few seconds answers 200 with its result, a longer one 202 with the
 * running execution and its address.
 */
@RestController
@RequestMapping("/api")
class RunsController {

    private static final int MAX_LIMIT = 1000;

    private final JobHistory history;
    private final JobLaunchService launcher;
    private final BackgroundRuns background;

    RunsController(JobHistory history, JobLaunchService launcher, BackgroundRuns background) {
        this.history = history;
        this.launcher = launcher;
        this.background = background;
    }

    @GetMapping("/runs")
    List<JobHistory.Run> runs(@RequestParam(defaultValue = "30") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UserInputException("limit must be between 1 and " + MAX_LIMIT);
        }
        return history.recent(limit);
    }

    @GetMapping("/runs/{id}")
    RunDetail run(@PathVariable long id) {
        return launcher.detail(id);
    }

    @PostMapping("/runs/{id}/restart")
    ResponseEntity<RunDetail> restart(@PathVariable long id) {
        RunDetail before = launcher.detail(id); // 404 before anything starts
        return answer(() -> launcher.restart(id), () -> history.latestExecutionOf(before.id()));
    }

    /** {@code POST /api/jobs/{job}?date=D[&at=T][&rerun=true]}, as {@code retention run JOB}. */
    @PostMapping("/jobs/{job}")
    ResponseEntity<RunDetail> start(@PathVariable String job,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String at, @RequestParam(defaultValue = "false") boolean rerun) {
        launcher.checkDatedJob(job);
        LocalDate day = date != null ? date : launcher.today();
        Instant reference = at == null ? null : launcher.parseReferenceTime(at);
        return answer(() -> launcher.run(job, day, reference, rerun),
                () -> history.latestExecutionId(job, day, reference));
    }

    private ResponseEntity<RunDetail> answer(Supplier<JobOutcome> run, Supplier<Optional<Long>> running) {
        Optional<JobOutcome> ended = background.start(run);
        if (ended.isPresent()) {
            return ResponseEntity.ok(RunDetail.of(ended.get()));
        }
        RunDetail now = running.get().map(launcher::detail)
                .orElseThrow(() -> new IllegalStateException("the run started but is not recorded yet"));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/runs/" + now.id())).body(now);
    }
}
