package com.retention.jobs.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.jobs.ingest.read.HeaderIndex;
import com.retention.jobs.ingest.read.SourceRow;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cell rules of the README "Input files", one value at a time. */
class RowValuesTest {

    private static RowValues row(Object cell) {
        HeaderIndex header = HeaderIndex.of(new Object[] {"v"}, "test");
        return new RowValues(new SourceRow(2, new Object[] {cell}, header), ZoneId.of("Europe/Moscow"),
                PhoneNormalizer.russian());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.56|1234.56", "1234,56|1234.56", "1 234,56|1234.56", "1\u00A0234,56|1234.56", "1\u202F234 567|1234567",
        "0|0", "  42 |42"})
    void decimalsAsPeopleTypeThem(String text, String expected) {
        RowValues values = row(text);
        assertThat(values.decimal("v", true, 10)).isEqualTo(expected);
        assertThat(values.rejects()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,234.56", "12 34", "1e5", "+5", "1.2.3", "abc", "1,2,3", "5."})
    void ambiguousOrMalformedNumbersAreRejected(String text) {
        RowValues values = row(text);
        assertThat(values.decimal("v", true, 10)).isNull();
        assertThat(values.rejects()).singleElement().extracting(Reject::reason).asString().startsWith("not a number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-21T14:30|2026-11-21T11:30:00Z", "21.11.2026 14:30|2026-11-21T11:30:00Z",
        "2026-11-21 14:30:15|2026-11-21T11:30:15Z", "2026-11-21T14:30+05:00|2026-11-21T09:30:00Z",
        "2026-11-21T14:30Z|2026-11-21T14:30:00Z", "21.11.2026|2026-11-20T21:00:00Z"})
    void timestampsAreTheOperatorsLocalTimeUnlessOffset(String text, String instant) {
        assertThat(row(text).timestamp("v", true)).hasToString(instant);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-11|2026-11-01", "11.2026|2026-11-01", "2026-11-21|2026-11-01", "21.11.2026|2026-11-01"})
    void monthsBecomeTheFirstDay(String text, String first) {
        assertThat(row(text).month("v")).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31.02.2026", "2026-02-30", "2026/11/21", "21-11-2026"})
    void impossibleOrForeignDatesAreRejected(String text) {
        RowValues values = row(text);
        assertThat(values.date("v", true)).isNull();
        assertThat(values.rejects()).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void spreadsheetCellsKeepTheirMeaning() {
        assertThat(row(LocalDateTime.of(2026, 11, 21, 0, 0)).date("v", true)).isEqualTo("2026-11-21");
        assertThat(row(LocalDateTime.of(2026, 11, 21, 14, 30)).timestamp("v", true)).hasToString("2026-11-21T11:30:00Z");
        assertThat(row(79161234567.0).phone("v", true)).isEqualTo("+79161234567");
        assertThat(row(100234.0).text("v", true)).isEqualTo("100234");
        assertThat(row(Boolean.TRUE).yesNo("v", false)).isEqualTo("true");
        assertThat(row("\u00A0").text("v", false)).isNull();
        assertThat(row("Unlimited").allowance("v")).isNull();
        assertThat(row(null).allowance("v")).isEqualTo("0");
        assertThat(row("нет").yesNo("v", true)).isEqualTo("false");
        assertThat(row(null).yesNo("v", true)).isEqualTo("true");
        assertThat(row("maybe").yesNo("v", true)).isNull();
    }
}
