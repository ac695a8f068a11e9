package com.retention.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.domain.phones.PhoneResult;
import com.retention.jobs.cli.ExitCodes;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `retention demo` through the real command line into the real database. */
class DemoCommandTest extends IntegrationTest {

    static final String[] DEMO = {"demo", "--subscribers", "2000", "--seed", "7", "--date", "2026-11-23"};
    static final DemoSpec SPEC = new DemoSpec(2000, 7, LocalDate.parse("2026-11-23"), ZoneId.of("Europe/Moscow"));

    @Test
    void loadsExactlyWhatTheGeneratorSaysAndSaysSo() {
        Cli.Result result = Cli.run(DEMO);

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Long> expected = new DemoOperator(SPEC).rowCounts();
        assertThat(expected.get("subscriber")).isEqualTo(2000);
        for (Map.Entry<String, Long> table : expected.entrySet()) {
            Long loaded = jdbc.queryForObject("SELECT count(*) FROM " + table.getKey(), Long.class);
            assertThat(loaded).as(table.getKey()).isEqualTo(table.getValue()).isPositive();
            assertThat(result.out()).containsPattern(table.getKey() + " +" + String.format(java.util.Locale.ROOT, "%,d", table.getValue()) + " rows");
        }
        assertThat(expected.get("usage_month")).isGreaterThan(4L * 2000 * 9 / 10);
        assertThat(result.out()).contains("Replacing the previous demo operator", "nightly for 2026-11-23: COMPLETED",
                "What the night of 2026-11-23 decided:");
    }

    @Test
    void theDemosCentresWorkShiftsAndTheEasternOneTakesWhatMoscowCannotReach() {
        assertThat(Cli.run(DEMO).exitCode()).isZero();

        // Moscow's shift on Monday 2026-11-23 is 13:00-22:00 Moscow time (config/application-demo.yml)
        assertThat(count("call_task WHERE business_date = '2026-11-23' AND team = 'RETENTION_B2C'")).isPositive();
        assertThat(count("call_task WHERE business_date = '2026-11-23' AND team = 'RETENTION_B2C'"
                + " AND (earliest_utc < '2026-11-23T10:00:00Z' OR latest_utc > '2026-11-23T19:00:00Z')")).isZero();
        assertThat(count("call_task t JOIN subscriber s USING (subscriber_id) JOIN area_zone z ON z.area_code = s.area_code"
                + " WHERE t.business_date = '2026-11-23' AND t.team = 'RETENTION_EAST' AND z.timezone = 'Asia/Kamchatka'"))
                .as("Kamchatka's day ends as Moscow's shift begins: its B2C calls go east").isPositive();
    }

    @Test
    void theSameSeedGivesTheSameOperatorAndARunReplacesThePreviousOne() {
        assertThat(Cli.run(DEMO).exitCode()).isZero();
        String first = checksum();
        long usage = count("usage_month");

        assertThat(Cli.run(DEMO).exitCode()).isZero();
        assertThat(checksum()).isEqualTo(first);
        assertThat(count("usage_month")).isEqualTo(usage);

        assertThat(Cli.run("demo", "--subscribers", "2000", "--seed", "8", "--date", "2026-11-23").exitCode()).isZero();
        assertThat(checksum()).isNotEqualTo(first);
        assertThat(count("subscriber")).isEqualTo(2000);
    }

    @Test
    void everyPhoneIsAValidRussianE164AndNamesAreCyrillicFio() {
        assertThat(Cli.run(DEMO).exitCode()).isZero();

        PhoneNormalizer phones = PhoneNormalizer.russian();
        List<String> all = jdbc.queryForList("SELECT phone FROM subscriber UNION ALL SELECT phone FROM dnc", String.class);
        assertThat(all).hasSizeGreaterThan(2000).allSatisfy(phone -> {
            PhoneResult parsed = phones.normalize(phone);
            assertThat(parsed.e164()).as(phone + " " + parsed.reason().orElse("")).contains(phone);
            assertThat(phone).startsWith("+79");
        });
        assertThat(count("subscriber WHERE language = 'ru' AND full_name !~ '^[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$'"))
                .isZero();
        assertThat(count("subscriber WHERE language = 'en'")).isPositive();
    }

    @Test
    void aBadSizeIsOneLineAndExitTwo() {
        Cli.Result result = Cli.run("demo", "--subscribers", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--subscribers must be between 1 and").doesNotContain("\tat ");
    }

    private String checksum() {
        return jdbc.queryForObject("""
                SELECT (SELECT md5(string_agg(concat_ws('|', subscriber_id, account_id, full_name, phone, tariff_code,
                               area_code, status, activated_on, tariff_since, terminated_on, segment, email, language,
                               consent_calls, consent_sms, consent_email, personal_manager), ',' ORDER BY subscriber_id))
                        FROM subscriber)
                    || (SELECT md5(string_agg(concat_ws('|', subscriber_id, month, charged, voice_minutes, sms, data_gb),
                               ',' ORDER BY subscriber_id, month)) FROM usage_month)
                    || (SELECT md5(string_agg(concat_ws('|', invoice_id, issued_on, due_on, amount), ',' ORDER BY invoice_id))
                        FROM invoice)
                    || (SELECT md5(string_agg(concat_ws('|', payment_id, paid_on, amount), ',' ORDER BY payment_id))
                        FROM payment)
                """, String.class);
    }

    private long count(String from) {
        return jdbc.queryForObject("SELECT count(*) FROM " + from, Long.class);
    }
}
