package com.retention.jobs.scheduling;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A night that hangs at a precise point, in whichever process runs it: a trigger makes the n-th
 * churn score inserted from now on wait, its chunk's transaction open, until the test releases it.
 * Being in the database, it reaches a serve node in another JVM too.
 */
final class WriteBlock {

    private WriteBlock() {
    }

    static void atScore(JdbcTemplate jdbc, int n) {
        remove(jdbc);
        jdbc.execute("CREATE TABLE IF NOT EXISTS ops_release (released boolean)");
        jdbc.execute("TRUNCATE ops_release");
        jdbc.execute("CREATE SEQUENCE block_counter");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION block_at_row() RETURNS trigger AS $$
                BEGIN
                    IF nextval('block_counter') = %d THEN
                        WHILE NOT EXISTS (SELECT 1 FROM ops_release) LOOP
                            PERFORM pg_sleep(0.1);
                        END LOOP;
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql
                """.formatted(n));
        jdbc.execute("CREATE TRIGGER block_at_row BEFORE INSERT ON churn_score FOR EACH ROW EXECUTE FUNCTION block_at_row()");
    }

    /** True while a writer waits in the trigger. */
    static boolean waiting(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                + " AND datname = current_database()", Integer.class) > 0;
    }

    static void release(JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO ops_release VALUES (true)");
    }

    /**
     * After a SIGKILL: a real statement would end within milliseconds and its session would then
     * find the client gone; this one waits in our trigger, so end its session as the server would.
     * Its open chunk is rolled back.
     */
    static void endOrphanedWriter(JdbcTemplate jdbc) {
        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                + " AND datname = current_database()", Boolean.class);
    }

    static void remove(JdbcTemplate jdbc) {
        jdbc.execute("DROP TRIGGER IF EXISTS block_at_row ON churn_score");
        jdbc.execute("DROP SEQUENCE IF EXISTS block_counter");
    }
}
