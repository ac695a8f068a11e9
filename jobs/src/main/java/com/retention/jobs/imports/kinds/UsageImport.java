package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.ImportColumn;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.List;
import org.springframework.stereotype.Component;

/** usage: one row per subscriber and month (YYYY-MM, or a date: its month). */
@Component
public class UsageImport extends DeclaredImport {

    public UsageImport() {
        super("usage", "usage_month", "subscriber_id, month", List.of("subscriber_id", "month"),
                List.of(new Reference("subscriber_id", "subscriber", "subscriber_id", "unknown subscriber")), null,
                required(text("subscriber_id")),
                required(date("month"), (row, column, required) -> row.month(column)),
                required(numeric("charged"), (row, column, required) -> row.decimal(column, required, 10)),
                optional(numeric("voice_minutes"), zeroWhenEmpty(10)),
                optional(numeric("sms"), zeroWhenEmpty(10)),
                optional(numeric("data_gb"), zeroWhenEmpty(9)));
    }

    private static ImportColumn.Cell zeroWhenEmpty(int integerDigits) {
        return (row, column, required) -> {
            String value = row.decimal(column, required, integerDigits);
            return value == null ? "0" : value;
        };
    }
}
