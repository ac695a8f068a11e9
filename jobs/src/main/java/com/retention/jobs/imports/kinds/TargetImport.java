package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.parse.RowKey;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * targets: marketing's own lists, naming a subscriber or only a phone. subscriber_id or phone is
 * required too, but either column alone will do: checked per row.
 */
@Component
public class TargetImport extends DeclaredImport {

    private static final RowKey KEY = RowKey.of("campaign_code").thenFirstOf("subscriber_id", "phone");

    public TargetImport() {
        super("targets", "target", "campaign_code, target_key", List.of("campaign_code", "coalesce(subscriber_id, phone)"),
                List.of(new Reference("subscriber_id", "subscriber", "subscriber_id", "unknown subscriber"),
                        new Reference("offer_tariff_code", "tariff", "tariff_code", "unknown tariff")), null,
                required(text("campaign_code")),
                optional(text("subscriber_id")),
                optional(text("phone"), RowValues::phone).then((row, read) -> {
                    if (read.value("subscriber_id") == null && row.text("phone", false) == null) {
                        row.reject("subscriber_id", null, "missing required value: give subscriber_id or phone");
                    }
                }),
                optional(text("offer_tariff_code")),
                optional(text("note")));
    }

    /** target_key is the subscriber_id, or the phone when there is none. */
    @Override
    public RowKey key() {
        return KEY;
    }

    @Override
    public List<String> oneOfColumns() {
        return List.of("subscriber_id", "phone");
    }
}
