package com.retention.jobs.blackbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A generated call list as the team hands it back: the outcome column filled in for some rows, with POI. */
public final class Workbooks {

    private Workbooks() {
    }

    /** The worked workbook's bytes and the task ids whose outcome was filled in. */
    public record Worked(byte[] bytes, List<String> taskIds) {
    }

    /** Fills {@code outcome} into the first {@code rows} data rows (all rows when larger) of the first sheet. */
    public static Worked fillOutcomes(Path callList, String outcome, int rows) throws IOException {
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(callList); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            int taskColumn = column(header, "task_id");
            int outcomeColumn = column(header, "outcome");
            List<String> filled = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum() && filled.size() < rows; r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(taskColumn) == null) {
                    continue;
                }
                String taskId = format.formatCellValue(row.getCell(taskColumn));
                if (taskId.isBlank()) {
                    continue;
                }
                Cell cell = row.getCell(outcomeColumn);
                (cell == null ? row.createCell(outcomeColumn) : cell).setCellValue(outcome);
                filled.add(taskId);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return new Worked(bytes.toByteArray(), filled);
        }
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (name.equalsIgnoreCase(cell.getStringCellValue().trim())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name + " in the call list's header");
    }
}
