package com.retention.jobs.console;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.exports.Exports;
import com.retention.jobs.reporting.CampaignReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The campaign report's workbook for a browser, written afresh by the same exporter as
 * {@code GET /api/reports/{date}.xlsx} and audited the same way (the API's Basic chain does not
 * know the console's session, so the page cannot simply link there).
 */
@Component
class ReportWorkbook {

    static final String WHAT = "report";

    private final Exports exports;
    private final AuditLog audit;

    ReportWorkbook(Exports exports, AuditLog audit) {
        this.exports = exports;
        this.audit = audit;
    }

    /** The workbook and its file name. */
    record File(String name, byte[] bytes) {
    }

    /** The workbook in memory (a few hundred rows of aggregates: small), its folder already gone. */
    File of(LocalDate date) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("retention-report-");
            exports.export(WHAT, date, folder);
            Path file = CampaignReportWriter.location(folder, date);
            byte[] bytes = Files.readAllBytes(file);
            audit.record("download report", date, null, WHAT, 0, file.getFileName().toString());
            return new File(file.getFileName().toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + date + ": " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
