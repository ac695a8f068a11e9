package com.retention.jobs.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** A real database failure for restart tests: the n-th row inserted into a table from now on is refused. */
public final class InjectedFailure {

    private InjectedFailure() {
    }

    public static void atRow(JdbcTemplate jdbc, String table, int n) {
        jdbc.execute("DROP SEQUENCE IF EXISTS fail_counter");
        jdbc.execute("CREATE SEQUENCE fail_counter");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION fail_at_row() RETURNS trigger AS $$
                BEGIN
                    IF nextval('fail_counter') = %d THEN
                        RAISE EXCEPTION 'injected failure at row %%', NEW.subscriber_id;
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql
                """.formatted(n));
        jdbc.execute("CREATE TRIGGER fail_at_row BEFORE INSERT ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION fail_at_row()");
    }

    public static void remove(JdbcTemplate jdbc, String table) {
        jdbc.execute("DROP TRIGGER IF EXISTS fail_at_row ON " + table);
    }
}
