package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.integer;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import java.util.List;
import org.springframework.stereotype.Component;

/** tariffs: the catalogue. Allowances: empty = none included (0), {@code unlimited} = NULL. */
@Component
public class TariffImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("tariff",
            List.of(text("tariff_code"), text("name"), numeric("monthly_fee"), text("status"), text("technology"),
                    text("segment"), numeric("included_minutes"), numeric("included_sms"), numeric("included_data_gb"),
                    numeric("minute_price"), numeric("sms_price"), numeric("gb_price"), integer("speed_mbps"),
                    date("launched_on"), date("closed_on")),
            "tariff_code", List.of("tariff_code"), List.of(), null);

    @Override
    public String kind() {
        return "tariffs";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("tariff_code", "name", "monthly_fee", "status");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        return new String[] {
            row.text("tariff_code", true),
            row.text("name", true),
            row.decimal("monthly_fee", true, 10),
            row.code("status", true, null, List.of("ACTIVE", "LEGACY")),
            row.code("technology", false, "MOBILE", List.of("MOBILE", "FTTB", "GPON", "ADSL", "DOCSIS", "TV")),
            row.code("segment", false, "B2C", List.of("B2C", "B2B")),
            row.allowance("included_minutes"),
            row.allowance("included_sms"),
            row.allowance("included_data_gb"),
            price(row, "minute_price"),
            price(row, "sms_price"),
            price(row, "gb_price"),
            row.wholeNumber("speed_mbps"),
            row.date("launched_on", false),
            row.date("closed_on", false),
        };
    }

    /** Prices are NOT NULL with default 0: an empty cell means free beyond the allowance. */
    private static String price(RowValues row, String column) {
        String value = row.decimal(column, false, 8);
        return value == null ? "0" : value;
    }
}
