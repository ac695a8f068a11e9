package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code import usage FILE} SIGKILLed in the middle of a large file (once its first chunks are in the
 * database, before its last), then the same command again: every row of the file is loaded exactly
 * once, with its values.
 */
class KilledImportIT extends OnACopiedHome {

    /** Months no demo operator has: the rows of this file are told apart from the demo's by them. */
    private static final List<String> MONTHS = List.of("2019-01", "2019-02", "2019-03", "2019-04", "2019-05",
            "2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12");
    private static final String COUNT = "SELECT count(*), coalesce(sum(charged), 0) FROM usage_month WHERE month >= '2019-01-01' "
            + "AND month < '2020-01-01'";

    private List<String> ids;



    @Test
    void killedImportRunAgainLoadsEveryRowOnce() throws IOException {
        Path file = dir.resolve("usage-2019.csv");
        BigDecimal charged = writeUsage(file);
        long rows = (long) subscriberIds().size() * MONTHS.size();

        RetentionProcess importing = retention.start("import", "usage", file.toString());
        long loadedAtKill = awaitSomeRows(importing, 4_000);
        importing.kill();
        long loadedAfterKill = Homes.withDatabase(home, c -> loaded(c)[0].longValue());
        System.out.printf("[blackbox] killed the import with %d of %d rows loaded (%d seen before the kill)%n",
                loadedAfterKill, rows, loadedAtKill);
        assertTrue(loadedAfterKill < rows, "the import had loaded the whole file before the kill: make it larger");
        // A server the killed JVM left running stays: the next command has to cope with it.

        RetentionProcess again = retention.succeed("import", "usage", file.toString());
        assertTrue(again.stdoutText().contains("rejected 0"), again.tails());
        BigDecimal[] loaded = Homes.withDatabase(home, KilledImportIT::loaded);
        assertEquals(rows, loaded[0].longValue(), "rows of the file in usage_month");
        assertEquals(0, charged.compareTo(loaded[1]), "sum of charged: expected " + charged + " but was " + loaded[1]);
    }

    /** Polls the import's database (bounded) until at least {@code rows} of the file are committed. */
    private long awaitSomeRows(RetentionProcess importing, long rows) {
        long deadline = System.nanoTime() + Retention.COMMAND_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && importing.isAlive()) {
            if (Homes.runningPostmaster(home).isPresent()) {
                try {
                    long loaded = Homes.withDatabase(home, c -> loaded(c)[0].longValue());
                    if (loaded >= rows) {
                        return loaded;
                    }
                } catch (AssertionError notReadyYet) {
                    // the server is starting or the schema is being migrated
                }
            }
            RetentionProcess.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("the import committed no " + rows + " rows before it ended or the deadline passed\n"
                + importing.tails());
    }

    private static BigDecimal[] loaded(java.sql.Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(COUNT)) {
            result.next();
            return new BigDecimal[] {BigDecimal.valueOf(result.getLong(1)), result.getBigDecimal(2)};
        }
    }

    /** One row per demo subscriber and month of 2019 (about 240 000 rows); returns the sum of charged. */
    private BigDecimal writeUsage(Path file) throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> ids = subscriberIds();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("subscriber_id;month;charged;voice_minutes;sms;data_gb\n");
            int n = 0;
            for (String id : ids) {
                for (String month : MONTHS) {
                    BigDecimal charge = BigDecimal.valueOf(100 + (n++ % 900), 0).add(BigDecimal.valueOf(n % 100, 2));
                    sum = sum.add(charge);
                    out.write(id + ";" + month + ";" + charge.toPlainString().replace('.', ',') + ";" + (n % 500)
                            + ";" + (n % 50) + ";" + (n % 30) + ",5\n");
                }
            }
        }
        return sum;
    }

    private List<String> subscriberIds() {
        if (ids == null) {
            ids = Homes.withDatabase(home, c -> {
                List<String> all = new java.util.ArrayList<>();
                try (Statement statement = c.createStatement();
                        ResultSet result = statement.executeQuery("SELECT subscriber_id FROM subscriber ORDER BY 1")) {
                    while (result.next()) {
                        all.add(result.getString(1));
                    }
                }
                return all;
            });
        }
        return ids;
    }
}
