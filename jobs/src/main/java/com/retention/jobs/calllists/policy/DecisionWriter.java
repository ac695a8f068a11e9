package com.retention.jobs.calllists.policy;

import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Records decisions on contact_candidate (decision, reason, team, list rank) as JDBC batches on a
 * connection of its own, committed on {@link #commit()}.
 */
final class DecisionWriter implements AutoCloseable {

    static final String LISTED = "LISTED";
    static final String SENT = "SENT";
    static final String CONTROL = "CONTROL";
    static final String SUPPRESSED = "SUPPRESSED";
    static final String CARRIED = "CARRIED";

    private static final int BATCH = 2_000;

    private final SqlSession session;
    private long pending;
    private long written;

    DecisionWriter(SqlSessionFactory sessions) {
        this.session = sessions.openSession(ExecutorType.BATCH);
    }

    void write(long candidateId, String decision, String reason, String team, Integer rank) {
        Map<String, Object> row = new HashMap<>(8);
        row.put("candidateId", candidateId);
        row.put("decision", decision);
        row.put("reason", reason);
        row.put("team", team);
        row.put("rank", rank);
        session.update(PolicyMapper.UPDATE_DECISION, row);
        written++;
        if (++pending == BATCH) {
            session.flushStatements();
            pending = 0;
        }
    }

    long written() {
        return written;
    }

    void commit() {
        session.flushStatements();
        pending = 0;
        session.commit();
    }

    @Override
    public void close() {
        session.close();
    }
}
