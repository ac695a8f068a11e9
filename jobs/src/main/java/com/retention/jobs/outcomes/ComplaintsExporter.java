package com.retention.jobs.outcomes;

import com.retention.jobs.exports.OutputExporter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** {@code retention export complaints --date D}: re-writes {@code handover/D/complaints.csv}. */
@Component
public class ComplaintsExporter implements OutputExporter {

    private final ComplaintsFile file;

    public ComplaintsExporter(ComplaintsFile file) {
        this.file = file;
    }

    @Override
    public String what() {
        return "complaints";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        file.write(date, outDir);
    }
}
