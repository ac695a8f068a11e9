package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.oneOf;
import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.integer;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.ImportColumn;
import java.util.List;
import org.springframework.stereotype.Component;

/** tariffs: the catalogue. Allowances: empty = none included (0), {@code unlimited} = NULL. */
@Component
public class TariffImport extends DeclaredImport {

    public TariffImport() {
        super("tariffs", "tariff", "tariff_code", List.of("tariff_code"), List.of(), null,
                required(text("tariff_code")),
                required(text("name")),
                required(numeric("monthly_fee"), (row, column, required) -> row.decimal(column, required, 10)),
                required(text("status"), oneOf(null, "ACTIVE", "LEGACY")),
                optional(text("technology"), oneOf("MOBILE", "MOBILE", "FTTB", "GPON", "ADSL", "DOCSIS", "TV")),
                optional(text("segment"), oneOf("B2C", "B2C", "B2B")),
                optional(numeric("included_minutes"), allowance()),
                optional(numeric("included_sms"), allowance()),
                optional(numeric("included_data_gb"), allowance()),
                optional(numeric("minute_price"), price()),
                optional(numeric("sms_price"), price()),
                optional(numeric("gb_price"), price()),
                optional(integer("speed_mbps"), (row, column, required) -> row.wholeNumber(column)),
                optional(date("launched_on")),
                optional(date("closed_on")));
    }

    private static ImportColumn.Cell allowance() {
        return (row, column, required) -> row.allowance(column);
    }

    /** Prices are NOT NULL with default 0: an empty cell means free beyond the allowance. */
    private static ImportColumn.Cell price() {
        return (row, column, required) -> {
            String value = row.decimal(column, false, 8);
            return value == null ? "0" : value;
        };
    }
}
