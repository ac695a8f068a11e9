package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The outputs of one business date under an output folder (every {@code KIND/D/...} file), and their
 * comparison: CSV and other files byte for byte, XLSX by sheet names and cell values (a workbook's
 * bytes hold zip timestamps that differ between two identical writes).
 */
public final class Outputs {

    private Outputs() {
    }

    /** Relative path (KIND/D/FILE) to file, for every file of date D under {@code out}. */
    public static TreeMap<String, Path> ofDate(Path out, LocalDate date) {
        TreeMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(out)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(Files::isRegularFile).forEach(file -> {
                Path relative = out.relativize(file);
                if (relative.getNameCount() >= 3 && relative.getName(1).toString().equals(date.toString())) {
                    files.put(relative.toString(), file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every output of D under {@code actual} is the same as under {@code expected}, and no file more or less. */
    public static void assertSame(Path expected, Path actual, LocalDate date) {
        TreeMap<String, Path> want = ofDate(expected, date);
        TreeMap<String, Path> got = ofDate(actual, date);
        assertFalse(want.isEmpty(), "the reference run wrote no outputs of " + date + " under " + expected);
        assertEquals(want.keySet(), got.keySet(), "the output files of " + date + " under " + actual);
        List<String> differences = new ArrayList<>();
        for (String name : want.keySet()) {
            String difference = difference(want.get(name), got.get(name));
            if (difference != null) {
                differences.add(name + ": " + difference);
            }
        }
        if (!differences.isEmpty()) {
            fail("outputs of " + date + " under " + actual + " differ from the undisturbed run's (" + expected + "):\n  "
                    + String.join("\n  ", differences));
        }
    }

    /** Null if the two files say the same, else where they first differ. */
    static String difference(Path expected, Path actual) {
        List<String> a = contents(expected);
        List<String> b = contents(actual);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "line/cell " + (i + 1) + ": expected <" + a.get(i) + "> but was <" + b.get(i) + ">";
            }
        }
        return a.size() == b.size() ? null : a.size() + " lines/cells expected, " + b.size() + " found";
    }

    /** A file as comparable lines: CSV and text by line (bytes decoded exactly), XLSX one entry per cell. */
    public static List<String> contents(Path file) {
        try {
            if (file.toString().endsWith(".xlsx")) {
                return cells(file);
            }
            byte[] bytes = Files.readAllBytes(file);
            // Split keeping terminators: a lost final newline or a CRLF turned LF is a difference too.
            return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("(?<=\n)", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "sheet!A1=value" for every non-empty cell, sheets and rows in order. Fails on a workbook POI cannot open. */
    public static List<String> cells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                cells.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = format.formatCellValue(cell);
                        if (!value.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value);
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** Files left behind by an interrupted write: temporary or partial files anywhere under {@code out}. */
    public static List<Path> leftovers(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".tmp") || name.endsWith(".part") || name.endsWith(".partial") || name.startsWith(".") || name.contains("~");
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
