package com.retention.jobs.ingest.write;

import com.retention.jobs.ingest.parse.ParsedRow;
import com.retention.jobs.ingest.parse.Reject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs the {@link UpsertStatement} of a table for the good rows of one chunk: one round trip. */
public final class ChunkUpserter {

    private final JdbcTemplate jdbc;
    private final TableSpec spec;
    private final String sql;

    public ChunkUpserter(JdbcTemplate jdbc, TableSpec spec) {
        this.jdbc = jdbc;
        this.spec = spec;
        this.sql = UpsertStatement.sql(spec);
    }

    /** Upserts the rows; returns the rows rejected for an unknown reference, ordered by row. */
    public List<Reject> upsert(List<ParsedRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((ConnectionCallback<List<Reject>>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, rows);
                List<Reject> unknown = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        unknown.add(new Reject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return unknown;
            }
        });
    }

    private void bind(Connection connection, PreparedStatement statement, List<ParsedRow> rows) throws java.sql.SQLException {
        Long[] rowNumbers = new Long[rows.size()];
        String[][] columns = new String[spec.width()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            ParsedRow row = rows.get(r);
            rowNumbers[r] = row.rowNumber();
            for (int c = 0; c < columns.length; c++) {
                columns[c][r] = row.values()[c];
            }
        }
        List<Array> arrays = new ArrayList<>();
        arrays.add(connection.createArrayOf("bigint", rowNumbers));
        for (String[] column : columns) {
            arrays.add(connection.createArrayOf("text", column));
        }
        for (int i = 0; i < arrays.size(); i++) {
            statement.setArray(i + 1, arrays.get(i));
        }
    }
}
