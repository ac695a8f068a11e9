package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscribers file's extra columns become the subscriber's attributes, within their limits. */
class SubscriberAttributesImportTest extends IntegrationTest {

    static final String HEADER = "subscriber_id,account_id,full_name,phone,tariff_code,area_code,status,activated_on";

    @TempDir
    Path dir;

    @Test
    void extraColumnsAreKeptPerSubscriberAndAFileWithoutThemLeavesThem() {
        ReferenceData.load(dir);
        String longValue = "x".repeat(201);
        Cli.Result first = Cli.run("import", "subscribers", ImportFiles.csv(dir, "with.csv", String.join("\n",
                HEADER + ",Contract,payment_method,device",
                "S30,A30,Anna,+79161230030,T1,MSK,ACTIVE,2025-01-01,Month-to-month,Electronic check,",
                "S31,A31,Boris,+79161230031,T1,MSK,ACTIVE,2025-01-01,Two year,\"Bank \"\"transfer\"\"\"," + "x".repeat(200),
                "S32,A32,Vera,+79161230032,T1,MSK,ACTIVE,2025-01-01,One year,Mailed check," + longValue, "")).toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("read 3, loaded 2, rejected 1");
        assertThat(attributes("S30")).isEqualTo("{\"contract\": \"Month-to-month\", \"payment_method\": \"Electronic check\"}");
        assertThat(jdbc.queryForObject("SELECT attributes->>'payment_method' FROM subscriber WHERE subscriber_id = 'S31'",
                String.class)).isEqualTo("Bank \"transfer\"");
        assertThat(ImportFiles.read(dir.resolve("with.csv.rejects.csv")))
                .contains("4,device," + longValue + ",attribute value longer than 200 characters (201),subscriber_id=S32");

        Cli.Result again = Cli.run("import", "subscribers", ImportFiles.csv(dir, "without.csv", HEADER + "\n" + """
                S30,A30,Anna Petrova,+79161230030,T1,MSK,ACTIVE,2025-01-01
                """).toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(jdbc.queryForObject("SELECT full_name FROM subscriber WHERE subscriber_id = 'S30'", String.class))
                .isEqualTo("Anna Petrova");
        assertThat(attributes("S30")).as("a file without attributes leaves them").contains("Month-to-month");

        Cli.Result replaced = Cli.run("import", "subscribers", ImportFiles.csv(dir, "replaced.csv", HEADER + ",device\n" + """
                S30,A30,Anna Petrova,+79161230030,T1,MSK,ACTIVE,2025-01-01,phone X
                """).toString());
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(attributes("S30")).isEqualTo("{\"device\": \"phone X\"}");
    }

    @Test
    void moreThanFiftyExtraColumnsRefuseTheFileWithOneLine() {
        ReferenceData.load(dir);
        String extra = IntStream.rangeClosed(1, 51).mapToObj(i -> "a" + i).collect(Collectors.joining(","));
        String values = IntStream.rangeClosed(1, 51).mapToObj(i -> "v").collect(Collectors.joining(","));
        Cli.Result r = Cli.run("import", "subscribers", ImportFiles.csv(dir, "wide.csv", HEADER + "," + extra + "\n"
                + "S40,A40,Ivan,+79161230040,T1,MSK,ACTIVE,2025-01-01," + values + "\n").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("retention: cannot import wide.csv as subscribers: 51 extra columns,"
                + " and at most 50 are kept as subscriber attributes (the first beyond: a51)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE subscriber_id = 'S40'", Long.class)).isZero();
    }

    private String attributes(String subscriber) {
        return jdbc.queryForObject("SELECT attributes::text FROM subscriber WHERE subscriber_id = ?", String.class, subscriber);
    }
}
