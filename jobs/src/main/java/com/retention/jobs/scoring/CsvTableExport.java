package com.retention.jobs.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Streams one MyBatis select into a CSV file: rows from a cursor (autocommit-off session, so the
 * fetch size holds), into a temp file beside the target, moved into place when complete so that a
 * reader never sees half a file. The columns written here are all system-made codes, numbers and
 * ids, so no formula neutralisation is done; swap in the shared CSV writer when it lands.
 */
public final class CsvTableExport {

    private final SqlSessionFactory cursorSessions;

    public CsvTableExport(SqlSessionFactory cursorSessions) {
        this.cursorSessions = cursorSessions;
    }

    /** Writes {@code columns} (the select's column labels, in file order) of every row; returns the row count. */
    public long export(String statement, Object parameter, List<String> columns, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName() + ".", ".tmp");
            long rows = 0;
            try (SqlSession session = cursorSessions.openSession();
                 Cursor<Map<String, Object>> cursor = session.selectCursor(statement, parameter);
                 Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                         .setHeader(columns.toArray(String[]::new)).get().print(out)) {
                for (Map<String, Object> row : cursor) {
                    for (String column : columns) {
                        csv.print(text(row.get(column)));
                    }
                    csv.println();
                    rows++;
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
