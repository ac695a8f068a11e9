package com.retention.jobs.reporting;

import com.retention.jobs.exports.OutputExporter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** {@code retention export report --date D [--out DIR]}: the same workbook the report job writes. */
@Component
class ReportExporter implements OutputExporter {

    private final CampaignReportWriter writer;

    ReportExporter(CampaignReportWriter writer) {
        this.writer = writer;
    }

    @Override
    public String what() {
        return "report";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        writer.write(date, outDir);
    }
}
