package com.retention.jobs.console;

import com.retention.jobs.errors.OneLineMessage;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.BackgroundRuns;
import com.retention.jobs.launch.JobHistory;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.scheduling.ScheduleStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operations: the runs as {@code retention jobs} shows them with a failed run's cause and a Restart
 * button, the steps running now with their rate (refreshed in place every few seconds), the schedule,
 * the cluster's nodes and health.
 */
@Controller
@RequestMapping("/operations")
class OperationsController {

    private static final int RUNS = 30;

    private final JobHistory history;
    private final JobLaunchService launcher;
    private final BackgroundRuns background;
    private final ScheduleStatus schedule;
    private final LiveProgress progress;
    private final ObjectProvider<HealthEndpoint> health;

    OperationsController(JobHistory history, JobLaunchService launcher, BackgroundRuns background,
            ScheduleStatus schedule, LiveProgress progress, ObjectProvider<HealthEndpoint> health) {
        this.history = history;
        this.launcher = launcher;
        this.background = background;
        this.schedule = schedule;
        this.progress = progress;
        this.health = health;
    }

    @GetMapping
    String page(Model model) {
        live(model);
        model.addAttribute("schedule", schedule.now());
        HealthEndpoint endpoint = health.getIfAvailable();
        model.addAttribute("health", endpoint == null ? "UNKNOWN" : String.valueOf(endpoint.health().getStatus()));
        return "operations";
    }

    /** The part of the page that refreshes itself: the runs and what runs now. */
    @GetMapping("/live")
    String live(Model model) {
        List<JobHistory.Run> runs = history.recent(RUNS);
        Map<Long, String> causes = new LinkedHashMap<>();
        runs.stream().filter(run -> "FAILED".equals(run.status()))
                .forEach(run -> causes.put(run.executionId(), launcher.detail(run.executionId()).failure()));
        model.addAttribute("runs", runs);
        model.addAttribute("causes", causes);
        model.addAttribute("running", progress.now());
        return "operations :: live";
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, RedirectAttributes flash) {
        try {
            Optional<JobOutcome> ended = background.start(() -> launcher.restart(id));
            flash.addFlashAttribute("notice", ended.map(o -> o.succeeded() ? "restart.completed" : "restart.failed")
                    .orElse("restart.running"));
            flash.addFlashAttribute("noticeRun", id);
        } catch (UserInputException e) {
            flash.addFlashAttribute("problem", OneLineMessage.of(e));
        }
        return "redirect:/operations";
    }
}
