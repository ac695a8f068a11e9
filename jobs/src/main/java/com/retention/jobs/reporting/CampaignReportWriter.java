package com.retention.jobs.reporting;

import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.csv.AtomicFile;
import com.retention.jobs.csv.OutputFileException;
import com.retention.jobs.spreadsheet.ReproducibleZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes {@code reports/D/campaign-report.xlsx}: every sheet, then a move into place, so a reader
 * never sees half a workbook and a failed run leaves the previous report as it was. The workbook
 * holds aggregates only (a few hundred rows), so an in-memory XSSF workbook is fine and charts need it.
 */
@Component
public class CampaignReportWriter {

    static final String FILE_NAME = "campaign-report.xlsx";

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
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            int rows = 0;
            for (ReportSheet sheet : sheets) {
                rows += sheet.write(workbook, styles, period);
            }
            describe(workbook.getProperties(), date);
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
