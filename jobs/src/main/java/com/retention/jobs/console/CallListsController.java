package com.retention.jobs.console;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.http.Downloads;
import com.retention.jobs.imports.ImportHistory;
import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.launch.JobExecutions;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.outcomes.OutcomeImport;
import com.retention.jobs.uploads.Uploads;
import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.CurrentUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The call lists of a day that the user may see, with counts by campaign and by outcome so far; each
 * list's workbook as {@code GET /api/call-lists/{date}/{team}.xlsx} sends it, and a worked workbook
 * taken in as {@code POST /api/outcomes} takes it: refused whole when one of its tasks is on a list
 * that is not the user's.
 */
@Controller("consoleCallLists") // the API has a CallListsController too
@RequestMapping("/call-lists")
class CallListsController {

    private final CallListIndex index;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Uploads uploads;
    private final JobLaunchService launcher;
    private final ImportHistory history;
    private final JobRepository jobRepository;
    private final Path outDir;

    CallListsController(CallListIndex index, CurrentUser user, AuditLog audit, Uploads uploads,
            JobLaunchService launcher, ImportHistory history,
            JobRepository jobRepository, OutputProperties output) {
        this.history = history;
        this.jobRepository = jobRepository;
        this.index = index;
        this.user = user;
        this.audit = audit;
        this.uploads = uploads;
        this.launcher = launcher;
        this.outDir = output.output();
    }

    @GetMapping
    String page(@RequestParam(required = false) String date, Model model) {
        LocalDate day = launcher.today();
        if (date != null && !date.isBlank()) {
            Optional<LocalDate> asked = CallListsDay.parse(date);
            if (asked.isEmpty()) {
                model.addAttribute("problemKey", "lists.badDate");
            }
            day = asked.orElse(day);
        }
        AppUser me = user.get();
        model.addAttribute("day", day);
        model.addAttribute("lists", index.lists(day, me.seesAllTeams() ? null : me.visibleTeams()));
        return "call-lists";
    }

    @GetMapping("/{date}/{team}.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(@PathVariable String date, @PathVariable String team) {
        AppUser me = user.get();
        LocalDate day = CallListsDay.parse(date).orElseThrow(() -> new NoWorkbook(null, null));
        // Another team's list is answered as a list that is not there: the page offers only the user's own.
        CallListIndex.Workbook workbook = (me.maySeeTeam(team) ? index.workbook(day, team, outDir)
                : Optional.<CallListIndex.Workbook>empty()).orElseThrow(() -> new NoWorkbook(team, day));
        Path file = workbook.file();
        audit.record("download call-list", day, team, "xlsx", workbook.tasks(), file.getFileName().toString());
        return Downloads.of(file, file.getFileName().toString());
    }

    /** A workbook that cannot be sent: back to the page, with one line saying so. */
    @ExceptionHandler(NoWorkbook.class)
    String noWorkbook(NoWorkbook e, RedirectAttributes flash) {
        if (e.day == null) {
            flash.addFlashAttribute("problemKey", "lists.badDate");
            return "redirect:/call-lists";
        }
        flash.addFlashAttribute("noList", e.team);
        return "redirect:/call-lists?date=" + e.day;
    }

    /**
     * The whole reject report of a worked file, to the user who uploaded it (or an administrator): it
     * holds the values of their rows, which the imports page's report link would show to marketing.
     */
    @GetMapping("/outcomes/{id}/rejects")
    ResponseEntity<StreamingResponseBody> rejects(@PathVariable long id) {
        AppUser me = user.get();
        String by = JobExecutions.find(jobRepository, id).map(JobExecution::getJobParameters)
                .filter(p -> OutcomeImport.KIND.equals(p.getString(ImportJobParameters.KIND)))
                .map(p -> p.getString(ImportJobParameters.BY)).orElse(null);
        if (by == null || !(me.seesAllTeams() || by.equals(me.login()))) {
            throw new NoReport();
        }
        ImportSummary summary = history.summary(id);
        Path report = Path.of(summary.report());
        if (summary.rejected() == 0 || summary.report().isBlank() || !Files.isReadable(report)) {
            throw new NoReport();
        }
        audit.record("download rejects", null, null, OutcomeImport.KIND, summary.rejected(),
                report.getFileName().toString());
        return Downloads.of(report, ImportsResult.shownName(report.getFileName().toString()));
    }

    @ExceptionHandler(NoReport.class)
    String noReport(RedirectAttributes flash) {
        flash.addFlashAttribute("problemKey", "imports.noReport");
        return "redirect:/call-lists";
    }

    private static final class NoReport extends RuntimeException {

        NoReport() {
            super(null, null, false, false);
        }
    }

    private static final class NoWorkbook extends RuntimeException {

        private final String team;
        private final LocalDate day;

        NoWorkbook(String team, LocalDate day) {
            super(null, null, false, false);
            this.team = team;
            this.day = day;
        }
    }

    @PostMapping("/outcomes")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String date,
            RedirectAttributes flash) {
        String back = "redirect:/call-lists" + CallListsDay.parse(date).map(d -> "?date=" + d).orElse("");
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problemKey", "lists.noFile");
            return back;
        }
        try {
            ImportSummary summary = uploads.importOutcomes(file, false, user.get());
            flash.addFlashAttribute("result", ImportsResult.of(summary));
            flash.addFlashAttribute("uploaded", file.getOriginalFilename());
            flash.addFlashAttribute("rejects", ImportsRejects.first(summary.report(), ImportsRejects.FIRST));
        } catch (RuntimeException e) {
            flash.addFlashAttribute("problem", ImportsProblem.line(e));
        }
        return back;
    }
}
