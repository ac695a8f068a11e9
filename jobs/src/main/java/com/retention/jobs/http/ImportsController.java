package com.retention.jobs.http;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.imports.ImportHistory;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.uploads.Uploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Imports over HTTP: the uploaded file goes through {@code retention import KIND FILE}'s own service. */
@RestController
@RequestMapping("/api/imports")
class ImportsController {

    private final Uploads uploads;
    private final ImportHistory history;
    private final AuditLog audit;

    ImportsController(Uploads uploads, ImportHistory history, AuditLog audit) {
        this.uploads = uploads;
        this.history = history;
        this.audit = audit;
    }

    @PostMapping("/{kind}")
    ImportAnswer upload(@PathVariable String kind, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean rerun) {
        return ImportAnswer.of(uploads.importFile(kind, file, rerun), file.getOriginalFilename());
    }

    @GetMapping
    List<ImportHistory.Entry> recent(@RequestParam(defaultValue = "30") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new UserInputException("limit must be between 1 and 1000");
        }
        return history.recent(limit);
    }

    /** The reject report as the command line writes it beside the file (row, column, value, reason, key). */
    @GetMapping("/{id}/rejects")
    ResponseEntity<StreamingResponseBody> rejects(@PathVariable long id) {
        ImportSummary summary = history.summary(id);
        if (summary.rejected() == 0 || summary.report().isBlank()) {
            throw new NotFoundException("import " + id + " rejected no row");
        }
        Path report = Path.of(summary.report());
        if (!Files.isReadable(report)) {
            throw new NotFoundException("the reject report of import " + id + " is not on this machine: " + report);
        }
        audit.record("download rejects", null, null, summary.kind(), summary.rejected(), report.getFileName().toString());
        return Downloads.of(report, report.getFileName().toString());
    }
}
