package com.retention.jobs.ingest;

import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.jobs.imports.kinds.InvoiceImport;
import com.retention.jobs.imports.kinds.SubscriberImport;
import com.retention.jobs.ingest.parse.Reject;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.read.HeaderIndex;
import com.retention.jobs.ingest.read.SourceRow;
import com.retention.jobs.ingest.write.TableSpec;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One list of columns gives the required columns, the table and the values, in one order. */
class ImportColumnsTest {

    @Test
    void requiredColumnsAndTableComeFromTheOneList() {
        SubscriberImport subscribers = new SubscriberImport();
        assertThat(subscribers.requiredColumns()).containsExactly("subscriber_id", "account_id", "full_name", "phone",
                "tariff_code", "area_code", "status", "activated_on");
        assertThat(subscribers.table().columns()).extracting(TableSpec.Column::name).startsWith("subscriber_id",
                "account_id").endsWith("personal_manager", "attributes").hasSize(18);
    }

    @Test
    void valuesComeInTableOrderAndARuleRunsRightAfterItsColumn() {
        RowValues row = row(List.of("invoice_id", "amount", "due_on", "account_id", "issued_on"),
                "I1", "-5", "2026-11-01", "A1", "2026-11-20");
        String[] values = new InvoiceImport().parse(row);
        assertThat(values).containsExactly("I1", "A1", "2026-11-20", "2026-11-01", null);
        assertThat(row.rejects()).extracting(Reject::column).containsExactly("due_on", "amount");
        assertThat(row.rejects().get(0).reason()).isEqualTo("due before it was issued (2026-11-20)");
    }

    @Test
    void aColumnIsDeclaredOnceAndANumberSaysHowToReadIt() {
        assertThatThrownBy(() -> ImportColumns.of(required(text("a")), optional(date("a"))))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> required(numeric("n"))).hasMessageContaining("say how to read numeric");
    }

    private static RowValues row(List<String> header, Object... cells) {
        HeaderIndex index = HeaderIndex.of(header.toArray(), "test.csv");
        return new RowValues(new SourceRow(2, cells, index), ZoneId.of("Europe/Moscow"), PhoneNormalizer.russian());
    }
}
