package com.retention.jobs.console;

import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.OneLineMessage;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.tasks.AgentDesk;
import com.retention.jobs.tasks.OutcomeRejectedException;
import com.retention.jobs.tasks.TaskOutcome;
import com.retention.jobs.tasks.TaskOutcomes;
import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agent screen: the next task of the user's lists with what the call needs (the workbook's
 * columns), and the outcome form worked by keyboard (a key per code, Enter saves, the next task
 * appears). A refusal is one line on the page and the task stays on it.
 */
@Controller
@RequestMapping("/agent")
class DeskController {

    private final AgentDesk desk;
    private final CurrentUser user;

    DeskController(AgentDesk desk, CurrentUser user) {
        this.desk = desk;
        this.user = user;
    }

    @GetMapping
    String page(@RequestParam(required = false) String team, Model model) {
        AppUser me = user.get();
        model.addAttribute("today", desk.today());
        model.addAttribute("teams", desk.teams(me));
        model.addAttribute("team", team);
        model.addAttribute("keys", DeskKeys.all());
        model.addAttribute("leaseMillis", desk.leaseMillis());
        try {
            model.addAttribute("task", desk.next(me, team).orElse(null));
        } catch (AccessDeniedException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "desk";
    }

    @PostMapping("/tasks/{taskId}/outcome")
    String save(@PathVariable String taskId, @RequestParam(required = false) String team,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String callbackAt,
            @RequestParam(required = false) String promiseDate, @RequestParam(required = false) String promiseAmount,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        TaskOutcome entry = new TaskOutcome(outcome, null, null, callbackAt, promiseDate, promiseAmount, note, null);
        try {
            TaskOutcomes.Recorded recorded = desk.save(user.get(), taskId, entry);
            flash.addFlashAttribute("saved", recorded);
        } catch (OutcomeRejectedException | UserInputException | JobFailedException | AccessDeniedException e) {
            flash.addFlashAttribute("problem", OneLineMessage.of(e));
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("outcome", outcome);
            typed.put("callbackAt", callbackAt);
            typed.put("promiseDate", promiseDate);
            typed.put("promiseAmount", promiseAmount);
            typed.put("note", note);
            flash.addFlashAttribute("typed", typed);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/agent")
                .queryParamIfPresent("team", Optional.ofNullable(team).filter(t -> !t.isBlank())).encode().toUriString();
    }

    /** The page is still on the task: its hold runs on (the page asks every third of a lease). */
    @PostMapping("/tasks/{taskId}/hold")
    ResponseEntity<Void> hold(@PathVariable String taskId) {
        return desk.stillWorking(user.get(), taskId) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
}
