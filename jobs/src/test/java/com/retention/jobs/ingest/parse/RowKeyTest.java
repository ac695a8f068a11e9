package com.retention.jobs.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.jobs.ingest.read.HeaderIndex;
import com.retention.jobs.ingest.read.SourceRow;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How a reject names its row: the key cells as the file holds them, or nothing when one cannot be read. */
class RowKeyTest {

    private static final RowKey USAGE = RowKey.of("subscriber_id", "month");
    private static final RowKey TARGET = RowKey.of("campaign_code").thenFirstOf("subscriber_id", "phone");

    private static RowValues row(Object... cells) {
        HeaderIndex header = HeaderIndex.of(new Object[] {"subscriber_id", "month", "campaign_code", "phone"}, "test");
        return new RowValues(new SourceRow(7, cells, header), ZoneId.of("Europe/Moscow"), PhoneNormalizer.russian());
    }

    @Test
    void aKeyIsEachOfItsColumnsNamedWithTheCellAsTheFileHoldsIt() {
        RowValues row = row(" S000123\u00A0", "11.2026");
        row.month("month");
        row.reject("charged", "lots", "not a number");

        assertThat(USAGE.describe(row)).as("stripped, not parsed: the month as typed")
                .isEqualTo("subscriber_id=S000123; month=11.2026");
        assertThat(RowKey.of("subscriber_id").describe(row(100234.0))).as("a numeric cell as the sheet shows it")
                .isEqualTo("subscriber_id=100234");
    }

    @Test
    void aKeyWithAMissingOrRejectedCellIsNone() {
        RowValues missing = row("S1", "  ");
        missing.month("month");
        RowValues bad = row("S1", "2026/09");
        bad.month("month");

        assertThat(USAGE.describe(missing)).isNull();
        assertThat(USAGE.describe(bad)).as("half a key would name rows it is not").isNull();
    }

    @Test
    void aPartWithAlternativesIsNamedByTheFirstGivenOne() {
        RowValues bySubscriber = row("S1", null, "WINTER", "+79161239999");
        RowValues byPhone = row(null, null, "WINTER", "8 916 123-99-99");
        RowValues badPhone = row(null, null, "WINTER", "+7 701 234 5678");
        badPhone.phone("phone", false);
        RowValues neither = row(null, null, "WINTER", null);

        assertThat(TARGET.describe(bySubscriber)).isEqualTo("campaign_code=WINTER; subscriber_id=S1");
        assertThat(TARGET.describe(byPhone)).isEqualTo("campaign_code=WINTER; phone=8 916 123-99-99");
        assertThat(TARGET.describe(badPhone)).isNull();
        assertThat(TARGET.describe(neither)).isNull();
    }
}
