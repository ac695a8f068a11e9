package com.retention.jobs.console;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.http.Downloads;
import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.imports.ImportHistory;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.outcomes.OutcomeImport;
import com.retention.jobs.uploads.Uploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * Imports for marketing: a file of a kind goes the way of {@code POST /api/imports/{kind}} (kept by
 * the upload store, imported by the import command's service, one audit row); the page then shows
 * its counts and first rejects, and the history of imports. Outcomes are uploaded on the call lists
 * page, where they are checked against the user's lists.
 */
@Controller("consoleImports") // the API has an ImportsController too
@RequestMapping("/imports")
class ImportsController {

    private static final int HISTORY = 30;

    private final Uploads uploads;
    private final ImportHistory history;
    private final AuditLog audit;
    private final List<String> kinds;

    ImportsController(Uploads uploads, ImportHistory history, AuditLog audit, List<ImportDefinition> definitions) {
        this.uploads = uploads;
        this.history = history;
        this.audit = audit;
        this.kinds = definitions.stream().map(ImportDefinition::kind).filter(k -> !k.equals(OutcomeImport.KIND))
                .sorted().toList();
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("kinds", kinds);
        model.addAttribute("history", history.recent(HISTORY));
        return "imports";
    }

    /** One import: its counts and first rejects (where an upload lands, and each history row's link). */
    @GetMapping("/{id}")
    String result(@PathVariable long id, Model model) {
        page(model);
        try {
            ImportSummary summary = history.summary(id);
            model.addAttribute("result", ImportsResult.of(summary));
            model.addAttribute("rejects", ImportsRejects.first(summary.report(), ImportsRejects.FIRST));
        } catch (NotFoundException e) {
            model.addAttribute("problemKey", "imports.noImport");
        }
        return "imports";
    }

    @PostMapping
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean rerun, RedirectAttributes flash) {
        if (kind == null || !kinds.contains(kind)) {
            flash.addFlashAttribute("problemKey", "imports.noKind");
            return "redirect:/imports";
        }
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("problemKey", "imports.noFile");
            flash.addFlashAttribute("kind", kind);
            return "redirect:/imports";
        }
        try {
            ImportSummary summary = uploads.importFile(kind, file, rerun);
            flash.addFlashAttribute("alreadyImported", summary.alreadyImported());
            flash.addFlashAttribute("uploaded", file.getOriginalFilename());
            return "redirect:/imports/" + summary.executionId();
        } catch (RuntimeException e) {
            flash.addFlashAttribute("problem", ImportsProblem.line(e));
            flash.addFlashAttribute("kind", kind);
            return "redirect:/imports";
        }
    }

    /** The whole reject report, as {@code GET /api/imports/{id}/rejects} sends it (and audits it). */
    @GetMapping("/{id}/rejects")
    ResponseEntity<StreamingResponseBody> rejects(@PathVariable long id) {
        ImportSummary summary = history.summary(id);
        Path report = Path.of(summary.report());
        if (summary.rejected() == 0 || summary.report().isBlank() || !Files.isReadable(report)) {
            throw new NoReport(id);
        }
        audit.record("download rejects", null, null, summary.kind(), summary.rejected(),
                report.getFileName().toString());
        return Downloads.of(report, ImportsResult.shownName(report.getFileName().toString()));
    }

    @ExceptionHandler(NoReport.class)
    String noReport(NoReport e, RedirectAttributes flash) {
        flash.addFlashAttribute("problemKey", "imports.noReport");
        return "redirect:/imports/" + e.id;
    }

    /** An import that is not there, e.g. an old link. */
    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, RedirectAttributes flash) {
        flash.addFlashAttribute("problemKey", "imports.noImport");
        return "redirect:/imports";
    }

    private static final class NoReport extends RuntimeException {

        private final long id;

        NoReport(long id) {
            super(null, null, false, false);
            this.id = id;
        }
    }
}
