package com.retention.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's first rejects read from the report, whether it names the key or predates the key column. */
class ImportsRejectsTest {

    @TempDir
    Path dir;

    @Test
    void aReportNamesEachRejectsKey() throws IOException {
        Path report = report("new.csv.rejects.csv", "\uFEFFrow,column,value,reason,key\r\n"
                + "4,month,2026/09,not a month (use 2026-11),\r\n"
                + "5,charged,,missing required value,subscriber_id=S2; month=2026-09\r\n");

        assertThat(ImportsRejects.first(report.toString(), 20)).containsExactly(
                new ImportsRejects.Reject("4", "month", "2026/09", "not a month (use 2026-11)", ""),
                new ImportsRejects.Reject("5", "charged", "", "missing required value", "subscriber_id=S2; month=2026-09"));
    }

    @Test
    void aReportWrittenBeforeTheKeyColumnShowsNoKey() throws IOException {
        Path report = report("old.csv.rejects.csv", "\uFEFFrow,column,value,reason\r\n3,monthly_fee,lots,not a number\r\n");

        assertThat(ImportsRejects.first(report.toString(), 20))
                .containsExactly(new ImportsRejects.Reject("3", "monthly_fee", "lots", "not a number", ""));
    }

    private Path report(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
