package com.retention.jobs.outcomes;

import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.scheduling.InboxFileHandler;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * What {@code serve} does with a worked list dropped into its inbox: exactly what
 * {@code retention import outcomes FILE} does (the same checks, job, restart and lock), so a file
 * that cannot be read is refused whole and a file handed over again after a crash is not applied twice.
 */
@Component
public class OutcomeInboxImporter implements InboxFileHandler {

    private final ImportService imports;

    public OutcomeInboxImporter(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String handle(Path file) {
        ImportSummary summary = imports.importFile(OutcomeImport.KIND, file, false);
        // the reject report moves along with the file; the poller says where
        return (summary.alreadyImported() ? "already imported (execution " + summary.executionId() + "): " : "")
                + "read " + summary.read() + ", loaded " + summary.loaded() + ", rejected " + summary.rejected()
                + (summary.notWorked() > 0 ? ", not worked yet " + summary.notWorked() : "");
    }
}
