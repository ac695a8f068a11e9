package com.retention.jobs.calllists.policy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Records decisions on contact_candidate (decision, reason, team, list rank) on a connection of its
 * own: they stream by COPY into a temporary table, and {@link #commit()} applies them all with one
 * UPDATE ... FROM. One UPDATE per candidate, even batched, was most of the policy step on a large day.
 * The temporary table lives only in this transaction (dropped at commit or rollback).
 */
final class DecisionWriter implements AutoCloseable {

    static final String LISTED = "LISTED";
    static final String SENT = "SENT";
    static final String CONTROL = "CONTROL";
    static final String SUPPRESSED = "SUPPRESSED";
    static final String CARRIED = "CARRIED";

    private static final String STAGING = """
            CREATE TEMPORARY TABLE call_list_decision (
                candidate_id bigint NOT NULL, decision text NOT NULL, reason text, team text, list_rank integer
            ) ON COMMIT DROP""";
    private static final String COPY = "COPY call_list_decision (candidate_id, decision, reason, team, list_rank) FROM STDIN";

    private final SqlSession session;
    private final CopyRows rows;
    private long written;

    DecisionWriter(SqlSessionFactory sessions) {
        this.session = sessions.openSession();
        try {
            Connection connection = session.getConnection();
            try (Statement create = connection.createStatement()) {
                create.execute(STAGING);
            }
            this.rows = CopyRows.open(connection, COPY);
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e instanceof SQLException sql ? new IllegalStateException("cannot stage decisions: " + sql.getMessage(), sql)
                    : (RuntimeException) e;
        }
    }

    void write(long candidateId, String decision, String reason, String team, Integer rank) {
        try {
            rows.value(candidateId).text(decision).text(reason).text(team).value(rank).endRow();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage decisions: " + e.getMessage(), e);
        }
        written++;
    }

    long written() {
        return written;
    }

    /** Applies every staged decision to contact_candidate and commits. */
    void commit() {
        try (Statement analyze = session.getConnection().createStatement()) {
            rows.finish();
            analyze.execute("ANALYZE call_list_decision"); // a plan for 200 000 rows, not for an empty table
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage decisions: " + e.getMessage(), e);
        }
        session.getMapper(PolicyMapper.class).applyDecisions();
        session.commit();
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (SQLException ignored) {
            // the session's rollback below drops the staging table anyway
        } finally {
            session.close();
        }
    }
}
