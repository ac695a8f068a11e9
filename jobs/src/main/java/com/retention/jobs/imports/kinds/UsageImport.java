package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.List;
import org.springframework.stereotype.Component;

/** usage: one row per subscriber and month (YYYY-MM, or a date: its month). */
@Component
public class UsageImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("usage_month",
            List.of(text("subscriber_id"), date("month"), numeric("charged"), numeric("voice_minutes"), numeric("sms"),
                    numeric("data_gb")),
            "subscriber_id, month", List.of("subscriber_id", "month"),
            List.of(new Reference("subscriber_id", "subscriber", "subscriber_id", "unknown subscriber")), null);

    @Override
    public String kind() {
        return "usage";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("subscriber_id", "month", "charged");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        return new String[] {
            row.text("subscriber_id", true),
            row.month("month"),
            row.decimal("charged", true, 10),
            zeroWhenEmpty(row.decimal("voice_minutes", false, 10)),
            zeroWhenEmpty(row.decimal("sms", false, 10)),
            zeroWhenEmpty(row.decimal("data_gb", false, 9)),
        };
    }

    private static String zeroWhenEmpty(String value) {
        return value == null ? "0" : value;
    }
}
