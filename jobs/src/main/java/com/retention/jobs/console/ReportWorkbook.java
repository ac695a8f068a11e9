package com.retention.jobs.console;

import com.retention.jobs.audit.AuditLog;
import com.retention.jobs.exports.ExportedFile;
import com.retention.jobs.exports.Exports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

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
        ExportedFile file = exports.exportAlone(WHAT, date);
        try {
            byte[] bytes = Files.readAllBytes(file.file());
            audit.record("download report", date, null, WHAT, 0, file.name());
            return new File(file.name(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report of " + date + ": " + e.getMessage(), e);
        } finally {
            file.delete();
        }
    }
}
