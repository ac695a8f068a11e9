package com.retention.jobs.console;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.calllists.config.TeamsProperties;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.users.CurrentUser;
import com.retention.jobs.users.Role;
import com.retention.jobs.users.UserService;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users and the audit log for the administrator: the same {@link UserService} as {@code retention
 * users} (same checks, same one-line refusals), and {@code retention audit}'s log with its filters.
 * A password is asked twice, as the command asks it in a terminal.
 */
@Controller("consoleUsers")
@RequestMapping("/users")
class UsersController {

    private static final Logger log = LoggerFactory.getLogger(UsersController.class);
    private static final int AUDIT_ROWS = 200;

    private final UserService users;
    private final AuditLog audit;
    private final CurrentUser me;
    private final List<String> teams;

    UsersController(UserService users, AuditLog audit, CurrentUser me, TeamsProperties teams) {
        this.users = users;
        this.audit = audit;
        this.me = me;
        this.teams = teams.lists().keySet().stream().sorted().toList();
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", teams);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UsersForm.empty());
        }
        return "users";
    }

    @PostMapping
    String add(@ModelAttribute UsersForm form, RedirectAttributes flash) {
        try {
            Role role = form.roleOrNull();
            users.checkNew(form.login(), role, form.teamList(), form.manager());
            char[] password = UsersForm.samePassword(form.password(), form.again());
            users.add(form.login(), role, form.teamList(), form.manager(), password);
            Arrays.fill(password, '\0');
            log.info("{} added the login {} ({}) in the console", me.login(), form.login(), role);
            flash.addFlashAttribute("notice", "users.added");
            flash.addFlashAttribute("noticeLogin", form.login());
        } catch (UserInputException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            flash.addFlashAttribute("form", form.withoutPasswords());
        }
        return "redirect:/users";
    }

    @PostMapping("/{login}/disable")
    String disable(@PathVariable String login, RedirectAttributes flash) {
        try {
            if (login.equals(me.login())) {
                throw new UserInputException("you cannot disable your own login");
            }
            users.disable(login);
            log.info("{} disabled the login {} in the console", me.login(), login);
            flash.addFlashAttribute("notice", "users.disabled");
            flash.addFlashAttribute("noticeLogin", login);
        } catch (UserInputException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/users";
    }

    @PostMapping("/{login}/password")
    String password(@PathVariable String login, @RequestParam(required = false) String password,
            @RequestParam(required = false) String again, RedirectAttributes flash) {
        try {
            users.checkExists(login);
            char[] chosen = UsersForm.samePassword(password, again);
            users.changePassword(login, chosen);
            Arrays.fill(chosen, '\0');
            log.info("{} set a new password for {} in the console", me.login(), login);
            flash.addFlashAttribute("notice", "users.passwordSet");
            flash.addFlashAttribute("noticeLogin", login);
        } catch (UserInputException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/users";
    }

    /** The audit log, newest first, for a login and/or a business date. */
    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String login, @RequestParam(required = false) String date,
            Model model) {
        String who = login == null || login.isBlank() ? null : login.strip();
        Optional<java.time.LocalDate> day = CallListsDay.parse(date);
        if (date != null && !date.isBlank() && day.isEmpty()) {
            model.addAttribute("problemKey", "audit.badDate");
        }
        model.addAttribute("login", who);
        model.addAttribute("date", day.orElse(null));
        model.addAttribute("entries", audit.recent(AUDIT_ROWS, who, day.orElse(null)));
        model.addAttribute("limit", AUDIT_ROWS);
        return "users-audit";
    }
}
