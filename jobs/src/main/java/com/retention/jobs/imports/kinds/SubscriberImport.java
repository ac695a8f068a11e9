package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.bool;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.List;
import org.springframework.stereotype.Component;

/** subscribers: each row also creates its account when new; tariff and area must exist. */
@Component
public class SubscriberImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("subscriber",
            List.of(text("subscriber_id"), text("account_id"), text("full_name"), text("phone"), text("tariff_code"),
                    text("area_code"), text("status"), date("activated_on"), date("tariff_since"), date("terminated_on"),
                    text("segment"), text("email"), text("language"), bool("consent_calls"), bool("consent_sms"),
                    bool("consent_email"), text("personal_manager")),
            "subscriber_id", List.of("subscriber_id"),
            List.of(new Reference("tariff_code", "tariff", "tariff_code", "unknown tariff"),
                    new Reference("area_code", "area", "area_code", "unknown area")),
            "INSERT INTO account (account_id) SELECT DISTINCT account_id FROM good ON CONFLICT DO NOTHING");

    @Override
    public String kind() {
        return "subscribers";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("subscriber_id", "account_id", "full_name", "phone", "tariff_code", "area_code", "status",
                "activated_on");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        return new String[] {
            row.text("subscriber_id", true),
            row.text("account_id", true),
            row.text("full_name", true),
            row.phone("phone", true),
            row.text("tariff_code", true),
            row.text("area_code", true),
            row.code("status", true, null, List.of("ACTIVE", "SUSPENDED", "TERMINATED")),
            row.date("activated_on", true),
            row.date("tariff_since", false),
            row.date("terminated_on", false),
            row.code("segment", false, "B2C", List.of("B2C", "B2B", "VIP")),
            row.email("email"),
            row.code("language", false, "ru", List.of("ru", "en")),
            row.yesNo("consent_calls", false),
            row.yesNo("consent_sms", true),
            row.yesNo("consent_email", false),
            row.text("personal_manager", false),
        };
    }
}
