package com.retention.jobs.http;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.exports.ExportedFile;
import com.retention.jobs.exports.Exports;
import com.retention.jobs.reporting.ReportFigures;
import com.retention.jobs.users.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Outputs of a date, written afresh from the database by the exporters of {@code retention export}
 * into a folder of the request's own (two users asking at once do not share a file), then sent.
 */
@RestController
class ExportsController {

    /** What {@code /api/exports} sends; call lists and the report have their own addresses. */
    static final List<String> EXPORTS = List.of("offers", "scores", "notifications", "handover", "complaints", "orders");

    private final Exports exports;
    private final ReportFigures figures;
    private final CurrentUser user;
    private final AuditLog audit;

    ExportsController(Exports exports, ReportFigures figures, CurrentUser user, AuditLog audit) {
        this.exports = exports;
        this.figures = figures;
        this.user = user;
        this.audit = audit;
    }

    @GetMapping("/api/exports/{date}/{what}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable String what) {
        if (!EXPORTS.contains(what)) {
            throw new NotFoundException("no export '" + what + "'; exports: " + String.join(", ", EXPORTS)
                    + " (call lists: /api/call-lists, the report: /api/reports)");
        }
        return written(date, what, "download export");
    }

    @GetMapping("/api/reports/{date}.xlsx")
    ResponseEntity<StreamingResponseBody> reportWorkbook(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return written(date, "report", "download report");
    }

    /** The operator's figures, or a supervisor's teams' figures only. */
    @GetMapping("/api/reports/{date}")
    Object reportFigures(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return figures.seenBy(user.get(), date);
    }

    private ResponseEntity<StreamingResponseBody> written(LocalDate date, String what, String operation) {
        ExportedFile file = exports.exportAlone(what, date);
        try {
            long rows = file.name().endsWith(".csv") ? records(file.file()) - 1 : 0;
            audit.record(operation, date, null, what, Math.max(rows, 0), file.name());
            return Downloads.of(file.file(), file.name(), file.folder()); // deleted once sent
        } catch (RuntimeException e) {
            file.delete();
            throw e;
        }
    }

    /** Records, not lines: a message's text may hold a line break inside its quotes. */
    private static long records(Path file) {
        try (CSVParser records = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            return records.stream().count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
