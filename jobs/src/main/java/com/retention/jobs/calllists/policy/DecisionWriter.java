package com.retention.jobs.calllists.policy;

import com.retention.domain.contact.CapacityCut;
import com.retention.domain.contact.TeamCapacity;
import com.retention.jobs.db.CopyRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Records decisions on contact_candidate (decision, reason, team, list rank) on a connection of its
 * own: they stream by COPY into a temporary table, and {@link #commit} applies them all with one
 * UPDATE ... FROM. One UPDATE per candidate, even batched, was most of the policy step on a large day.
 *
 * <p>Call winners are staged as {@link #WINNER} with what orders them within their team's list; the
 * same UPDATE makes the domain's {@link CapacityCut} (ranks per team in its list order, cut at the
 * team's capacity): LISTED with the rank up to it, CARRIED (OVER_CAPACITY) beyond. The cut is the one
 * rule that needs the whole day, so the database does it and the heap holds nothing per winner.
 * The temporary table lives only in this transaction (dropped at commit or rollback). The deciding
 * threads share one writer; each row is written whole under its lock.
 */
final class DecisionWriter implements AutoCloseable {

    static final String LISTED = "LISTED";
    static final String SENT = "SENT";
    static final String CONTROL = "CONTROL";
    static final String SUPPRESSED = "SUPPRESSED";
    static final String CARRIED = "CARRIED";
    /** Staged only: won its phone's contest, LISTED or CARRIED once cut at its team's capacity. */
    static final String WINNER = "WINNER";

    private static final String STAGING = """
            CREATE TEMPORARY TABLE call_list_decision (
                candidate_id bigint NOT NULL, decision text NOT NULL, reason text, team text, channel text,
                carried_day integer, priority integer, value_cents bigint, subscriber_id text
            ) ON COMMIT DROP""";
    private static final String COPY = "COPY call_list_decision (candidate_id, decision, reason, team, channel, "
            + "carried_day, priority, value_cents, subscriber_id) FROM STDIN";

    private final SqlSession session;
    private final CopyRows rows;

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

    /**
     * A final decision: SENT, CONTROL, SUPPRESSED or CARRIED, with its reason and team if any, and the
     * channel the policy decided it for (null: as planned).
     */
    synchronized void write(long candidateId, String decision, String reason, String team, String channel) {
        try {
            rows.value(candidateId).text(decision).text(reason).text(team).text(channel)
                    .value(null).value(null).value(null).text(null).endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * A call winner for its team's list, staged with the keys of {@link CapacityCut#IN_LIST}: the day it
     * was first due as an epoch day (null when not carried), priority, expected value in cents (exact:
     * the column has two decimals) and subscriber id; the candidate id is the row id.
     */
    synchronized void writeWinner(CapacityCut.Winner winner) {
        Integer carriedDay = winner.carriedOverFrom() == null ? null : (int) winner.carriedOverFrom().toEpochDay();
        try {
            rows.value(CandidateFactory.rowIdOf(winner.candidateId())).text(WINNER).text(null).text(winner.team())
                    .text(null).value(carriedDay).value(winner.priority()).value(cents(winner.expectedValue()))
                    .text(winner.subscriberId()).endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Cuts the winners at each team's capacity, applies every staged decision and commits. */
    void commit(TeamCapacity capacity) {
        commit(capacity, null);
    }

    /**
     * {@code onTopOf} not null: an intraday top-up of that date's lists, whose listed calls stay as
     * they are; the winners staged now are ranked after them within what capacity is left.
     */
    void commit(TeamCapacity capacity, java.time.LocalDate onTopOf) {
        try (Statement prepare = session.getConnection().createStatement()) {
            rows.finish();
            prepare.execute("ANALYZE call_list_decision"); // a plan for 200 000 rows, not for an empty table
            // The staged rows come in phone order. Joined by a hash, the UPDATE visits D's candidates in
            // that order, a random page each, and once the table outgrows shared_buffers every row costs a
            // page read and write (at ten million the UPDATE grew 20-fold for 10 times the rows). Merged on
            // candidate_id, it walks the table in the order the candidates step wrote it. README "Figures".
            prepare.execute("SET LOCAL enable_hashjoin = off");
        } catch (SQLException e) {
            throw failed(e);
        }
        session.getMapper(PolicyMapper.class).applyDecisions(ListCapacity.of(capacity, onTopOf));
        session.commit();
    }

    private static long cents(BigDecimal value) {
        return value.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("cannot stage decisions: " + e.getMessage(), e);
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
