package com.retention.jobs.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the input files of the import tests the way the programs people use would save them. */
final class ImportFiles {

    private ImportFiles() {
    }

    /** A plain UTF-8 CSV, LF line ends, no BOM. */
    static Path csv(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** As a Russian Excel saves "CSV UTF-8": a BOM, semicolons, CRLF line ends. */
    static Path russianExcelCsv(Path dir, String name, List<String> lines) {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return write(dir, name, withBom);
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XLSX written with POI's streaming writer; the sheet is filled by the caller. */
    static Path xlsx(Path dir, String name, Consumer<SheetWriter> rows) {
        Path file = dir.resolve(name);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            rows.accept(new SheetWriter(workbook, workbook.createSheet("data")));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Cells by type: String as text, Number as a numeric cell, LocalDate as a date-formatted cell. */
    record SheetWriter(SXSSFWorkbook workbook, Sheet sheet) {
        void row(int index, Object... cells) {
            Row row = sheet.createRow(index);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            for (int i = 0; i < cells.length; i++) {
                Object value = cells[i];
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof java.time.LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof java.time.LocalDateTime t) {
                    cell.setCellValue(t);
                    cell.setCellStyle(dateStyle);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
