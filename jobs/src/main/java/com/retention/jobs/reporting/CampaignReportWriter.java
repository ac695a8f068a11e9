package com.retention.jobs.reporting;

import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.csv.AtomicFile;
import com.retention.jobs.csv.OutputFileException;
import com.retention.jobs.spreadsheet.ReproducibleZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes {@code reports/D/campaign-report.xlsx}: every sheet, then a move into place, so a reader
 * never sees half a workbook and a failed run leaves the previous report as it was. The sheets are
 * streamed (SXSSF): some grow with the operator (one row per outage: thousands for ten million
 * subscribers), and a workbook held in memory grew the job's heap with them.
 */
@Component
public class CampaignReportWriter {

    static final String FILE_NAME = "campaign-report.xlsx";
    private static final int ROWS_IN_MEMORY = 100;

    private final List<ReportSheet> sheets;
    private final ReportProperties properties;
    private final OperatorProperties operator;

    CampaignReportWriter(List<ReportSheet> sheets, ReportProperties properties, OperatorProperties operator) {
        this.sheets = sheets;
        this.properties = properties;
        this.operator = operator;
    }

    public static Path location(Path outDir, LocalDate date) {
        return outDir.resolve("reports").resolve(date.toString()).resolve(FILE_NAME);
    }

    /** Writes the report of {@code date}; returns the data rows written over all sheets. */
    public int write(LocalDate date, Path outDir) {
        Path target = location(outDir, date);
        ReportPeriod period = ReportPeriod.lastDays(date, properties.windowDays(), operator.timezone());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false)) {
            // Small entries without Zip64 fields: the JDK's ZipInputStream, which re-stamps them, cannot
            // read the sizes SXSSF's Zip64 headers leave for later.
            workbook.setZip64Mode(Zip64Mode.Never);
            ReportStyles styles = new ReportStyles(workbook);
            int rows = 0;
            for (ReportSheet sheet : sheets) {
                rows += sheet.write(workbook, styles, period);
            }
            describe(workbook.getXSSFWorkbook().getProperties(), date);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            try (AtomicFile file = AtomicFile.create(target)) {
                ReproducibleZip.copy(bytes.toByteArray(), stamp(date), file.stream());
                file.commit();
            }
            return rows;
        } catch (IOException e) {
            throw OutputFileException.cannotWrite(target, e);
        }
    }

    private long stamp(LocalDate date) {
        return date.atStartOfDay(operator.timezone()).toInstant().toEpochMilli();
    }

    /** The same date gives the same properties: no wall-clock time in the file's metadata. */
    private void describe(POIXMLProperties properties, LocalDate date) {
        Date day = Date.from(date.atStartOfDay(operator.timezone()).toInstant());
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
        core.setCreator("retention-batch");
        core.setTitle("Campaign report " + date);
    }
}
