package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.List;
import org.springframework.stereotype.Component;

/** targets: marketing's own lists, naming a subscriber or only a phone. */
@Component
public class TargetImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("target",
            List.of(text("campaign_code"), text("subscriber_id"), text("phone"), text("offer_tariff_code"), text("note")),
            "campaign_code, target_key", List.of("campaign_code", "coalesce(subscriber_id, phone)"),
            List.of(new Reference("subscriber_id", "subscriber", "subscriber_id", "unknown subscriber"),
                    new Reference("offer_tariff_code", "tariff", "tariff_code", "unknown tariff")), null);

    @Override
    public String kind() {
        return "targets";
    }

    /** subscriber_id or phone is required too, but either column alone will do: checked per row. */
    @Override
    public List<String> requiredColumns() {
        return List.of("campaign_code");
    }

    @Override
    public List<String> oneOfColumns() {
        return List.of("subscriber_id", "phone");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        String campaign = row.text("campaign_code", true);
        String subscriber = row.text("subscriber_id", false);
        String phone = row.phone("phone", false);
        if (subscriber == null && row.text("phone", false) == null) {
            row.reject("subscriber_id", null, "missing required value: give subscriber_id or phone");
        }
        return new String[] {campaign, subscriber, phone, row.text("offer_tariff_code", false), row.text("note", false)};
    }
}
