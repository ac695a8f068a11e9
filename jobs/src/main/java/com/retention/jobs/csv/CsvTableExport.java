package com.retention.jobs.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Streams one MyBatis select into a CSV file through the shared atomic CSV writer: rows from a
 * cursor (autocommit-off session, so the fetch size holds). The columns written here are all
 * system-made codes, numbers and ids, so none needs formula neutralisation.
 */
public final class CsvTableExport {

    private final SqlSessionFactory cursorSessions;

    public CsvTableExport(SqlSessionFactory cursorSessions) {
        this.cursorSessions = cursorSessions;
    }

    /**
     * Writes {@code columns} (the select's column labels, in file order) of every row {@code select} gives
     * on the mapper; returns the row count.
     */
    public <M> long export(Class<M> mapper, Function<M, Cursor<Map<String, Object>>> select, List<String> columns,
                           Path target) {
        List<CsvColumn> layout = columns.stream().map(CsvColumn::safe).toList();
        try (SqlSession session = cursorSessions.openSession();
             Cursor<Map<String, Object>> cursor = select.apply(session.getMapper(mapper));
             CsvFileWriter csv = CsvFileWriter.open(target, layout)) {
            List<Object> values = new ArrayList<>(columns.size());
            for (Map<String, Object> row : cursor) {
                values.clear();
                columns.forEach(column -> values.add(row.get(column)));
                csv.writeRow(values);
            }
            csv.commit();
            return csv.rows();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
