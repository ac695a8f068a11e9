package com.retention.jobs.ingest.write;

import com.retention.jobs.ingest.parse.Reject;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rejects of an import, written with the chunk that found them (so a restart neither loses
 * nor repeats one) and read back in row order for the reject report.
 */
@Repository
public class RejectStore {

    private final JdbcTemplate jdbc;

    public RejectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves rejects grouped by row (a row's rejects are consecutive); one statement. */
    public void save(long jobInstanceId, List<Reject> rejects) {
        if (rejects.isEmpty()) {
            return;
        }
        Long[] rows = new Long[rejects.size()];
        Integer[] seqs = new Integer[rejects.size()];
        String[] columns = new String[rejects.size()];
        String[] values = new String[rejects.size()];
        String[] reasons = new String[rejects.size()];
        String[] keys = new String[rejects.size()];
        for (int i = 0; i < rejects.size(); i++) {
            Reject reject = rejects.get(i);
            rows[i] = reject.row();
            seqs[i] = i > 0 && rows[i - 1] == reject.row() ? seqs[i - 1] + 1 : 0;
            columns[i] = reject.column();
            values[i] = reject.value();
            reasons[i] = reject.reason();
            keys[i] = reject.key();
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.prepareStatement("""
                    INSERT INTO import_reject (job_instance_id, row_no, seq, column_name, value, reason, row_key)
                    SELECT ?, r.row_no, r.seq, r.column_name, r.value, r.reason, r.row_key
                    FROM unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[])
                        AS r(row_no, seq, column_name, value, reason, row_key)
                    ON CONFLICT DO NOTHING
                    """)) {
                statement.setLong(1, jobInstanceId);
                statement.setArray(2, connection.createArrayOf("bigint", rows));
                statement.setArray(3, connection.createArrayOf("int4", seqs));
                statement.setArray(4, connection.createArrayOf("text", columns));
                statement.setArray(5, connection.createArrayOf("text", values));
                statement.setArray(6, connection.createArrayOf("text", reasons));
                statement.setArray(7, connection.createArrayOf("text", keys));
                return statement.executeUpdate();
            }
        });
    }

    /** Rows with at least one reject. */
    public long rejectedRows(long jobInstanceId) {
        Long count = jdbc.queryForObject("SELECT count(DISTINCT row_no) FROM import_reject WHERE job_instance_id = ?",
                Long.class, jobInstanceId);
        return count == null ? 0 : count;
    }

    /** Streams the rejects in row order; call inside a transaction so the fetch size makes a cursor. */
    public void forEach(long jobInstanceId, Consumer<Reject> consumer) {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(1000);
        cursor.query("SELECT row_no, column_name, value, reason, row_key FROM import_reject WHERE job_instance_id = ?"
                + " ORDER BY row_no, seq",
                rs -> {
                    consumer.accept(new Reject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }, jobInstanceId);
    }

    public void delete(long jobInstanceId) {
        jdbc.update("DELETE FROM import_reject WHERE job_instance_id = ?", jobInstanceId);
    }
}
