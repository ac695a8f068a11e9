package com.retention.jobs.quality;

import com.retention.jobs.csv.AtomicFile;
import com.retention.jobs.csv.CsvColumn;
import com.retention.jobs.csv.CsvFileWriter;
import com.retention.jobs.csv.OutputFileException;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.spreadsheet.TeamFileName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.cursor.Cursor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the month's sample as {@code qa/<month>/sample.csv} (every team) and one workbook per team,
 * {@code qa/<month>/<team>.xlsx}, for the quality group; each file appears whole or not at all, and a
 * team no longer in the sample loses its old workbook, so a re-run leaves exactly the run's files.
 */
@Component
class QaSampleFiles {

    static final List<String> COLUMNS = List.of("task_id", "agent", "subscriber_id", "phone", "contacted_at",
            "campaign", "step", "outcome", "talk_seconds", "csat", "note", "why_picked");

    private final QaMapper qa;
    private final OperatorProperties operator;

    QaSampleFiles(QaMapper qa, OperatorProperties operator) {
        this.qa = qa;
        this.operator = operator;
    }

    /** @return the rows written to sample.csv */
    long write(YearMonth month, Path outDir) {
        Path folder = outDir.resolve("qa").resolve(month.toString());
        Set<Path> written = new HashSet<>();
        long rows;
        List<CsvColumn> columns = new ArrayList<>();
        columns.add(CsvColumn.safe("team"));
        COLUMNS.forEach(name -> columns.add(name.equals("note") || name.equals("agent") ? CsvColumn.text(name)
                : CsvColumn.safe(name)));
        try (CsvFileWriter csv = CsvFileWriter.open(folder.resolve("sample.csv"), columns);
                Cursor<SampleFileRow> sample = qa.sample(month.atDay(1))) {
            TeamWorkbook workbook = null;
            for (SampleFileRow row : sample) {
                if (workbook == null || !workbook.team.equals(row.team())) {
                    if (workbook != null) {
                        written.add(workbook.commit());
                    }
                    workbook = new TeamWorkbook(row.team(), folder.resolve(TeamFileName.of(row.team()) + ".xlsx"));
                }
                workbook.add(row);
                csv.writeRow(row.team(), row.taskId(), row.agent(), row.subscriberId(), row.phone(), row.contactedAt(),
                        row.campaign(), row.step(), row.outcome(), row.talkSeconds(), row.csat(), row.note(),
                        why(row));
            }
            if (workbook != null) {
                written.add(workbook.commit());
            }
            rows = csv.rows();
            written.add(csv.commit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        removeOthers(folder, written);
        return rows;
    }

    /** What the listener is told: {@code complaint}, {@code csat 2}, {@code random draw}. */
    static String why(SampleFileRow row) {
        return switch (row.reason()) {
            case "COMPLAINT" -> "complaint";
            case "CSAT" -> "csat " + row.csat();
            default -> "random draw";
        };
    }

    private static void removeOthers(Path folder, Set<Path> written) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xlsx")) {
            for (Path file : files) {
                if (!written.contains(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + folder + ": " + e.getMessage(), e);
        }
    }

    /** One team's workbook, streamed (SXSSF keeps 100 rows in memory). */
    private final class TeamWorkbook {
        final String team;
        final Path target;
        final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        final Sheet sheet;
        final CellStyle time;
        int next = 1;

        TeamWorkbook(String team, Path target) {
            this.team = team;
            this.target = target;
            this.sheet = workbook.createSheet(team.length() > 31 ? team.substring(0, 31) : team);
            this.time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                sheet.setColumnWidth(i, (COLUMNS.get(i).equals("note") ? 40 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        void add(SampleFileRow row) {
            Row r = sheet.createRow(next++);
            int c = 0;
            r.createCell(c++).setCellValue(row.taskId());
            r.createCell(c++).setCellValue(row.agent());
            r.createCell(c++).setCellValue(row.subscriberId());
            r.createCell(c++).setCellValue(row.phone());
            Cell at = r.createCell(c++);
            if (row.contactedAt() != null) {
                at.setCellValue(row.contactedAt().atZoneSameInstant(operator.timezone()).toLocalDateTime());
                at.setCellStyle(time);
            }
            r.createCell(c++).setCellValue(row.campaign());
            r.createCell(c++).setCellValue(row.step());
            r.createCell(c++).setCellValue(row.outcome());
            Cell talk = r.createCell(c++);
            if (row.talkSeconds() != null) {
                talk.setCellValue(row.talkSeconds());
            }
            Cell csat = r.createCell(c++);
            if (row.csat() != null) {
                csat.setCellValue(row.csat());
            }
            r.createCell(c++).setCellValue(row.note() == null ? "" : row.note());
            r.createCell(c).setCellValue(why(row));
        }

        Path commit() throws IOException {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, next - 1), 0, COLUMNS.size() - 1));
            try (AtomicFile file = AtomicFile.create(target)) {
                try {
                    workbook.write(file.stream());
                } catch (IOException e) {
                    throw OutputFileException.cannotWrite(file.shown(), e);
                } finally {
                    workbook.close();
                }
                return file.commit();
            }
        }
    }
}
