package com.retention.jobs.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What goes through COPY comes back as it was: escapes, nulls, Cyrillic, emoji, dates, instants, long text. */
class CopyRowsTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void valuesRoundTrip() throws Exception {
        String awkward = "a\\b\tc\nd\re \\N Иванова Анна 😀 \u20ac end";
        String longText = "Здравствуйте! ".repeat(10_000); // several buffer flushes inside one value
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE copy_probe (n bigint, t text, d date, i timestamptz, r integer)"
                        + " ON COMMIT DROP");
            }
            try (CopyRows copy = CopyRows.open(connection, "COPY copy_probe (n, t, d, i, r) FROM STDIN")) {
                copy.value(1).text(awkward).value(LocalDate.of(2026, 11, 25))
                        .value(Instant.parse("2026-11-25T06:00:00Z")).value((Object) null).endRow();
                copy.value(2).text(null).value((Object) null).value((Object) null).value(42).endRow();
                copy.value(3).text(longText).value(LocalDate.of(2026, 1, 1)).value(Instant.parse("2026-01-01T00:00:00.5Z"))
                        .value(7).endRow();
                assertThat(copy.finish()).isEqualTo(3);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT n, t, d, i, r FROM copy_probe ORDER BY n")) {
                while (rs.next()) {
                    rows.add(java.util.Arrays.asList(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getObject(5)));
                }
            }
            connection.rollback();
            assertThat(rows).containsExactly(
                    java.util.Arrays.asList(1L, awkward, LocalDate.of(2026, 11, 25), Instant.parse("2026-11-25T06:00:00Z"), null),
                    java.util.Arrays.asList(2L, null, null, null, 42),
                    java.util.Arrays.asList(3L, longText, LocalDate.of(2026, 1, 1), Instant.parse("2026-01-01T00:00:00.5Z"), 7));
        }
    }
}
