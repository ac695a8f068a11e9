package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.oneOf;
import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.bool;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.jsonKeptWhenAbsent;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.ImportColumn;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * subscribers: each row also creates its account when new; tariff and area must exist; extra columns
 * are the subscriber's attributes ({@link SubscriberAttributes}).
 */
@Component
public class SubscriberImport extends DeclaredImport {

    /** The columns of the README's table; any other column of a file is an attribute. */
    private static final ImportColumn[] DECLARED = {
            required(text("subscriber_id")),
            required(text("account_id")),
            required(text("full_name")),
            required(text("phone"), RowValues::phone),
            required(text("tariff_code")),
            required(text("area_code")),
            required(text("status"), oneOf(null, "ACTIVE", "SUSPENDED", "TERMINATED")),
            required(date("activated_on")),
            optional(date("tariff_since")),
            optional(date("terminated_on")),
            optional(text("segment"), oneOf("B2C", "B2C", "B2B", "VIP")),
            optional(text("email"), (row, column, required) -> row.email(column)),
            optional(text("language"), oneOf("ru", "ru", "en")),
            optional(bool("consent_calls"), yesNo(false)),
            optional(bool("consent_sms"), yesNo(true)),
            optional(bool("consent_email"), yesNo(false)),
            optional(text("personal_manager"))};
    private static final SubscriberAttributes ATTRIBUTES = new SubscriberAttributes(
            Arrays.stream(DECLARED).map(ImportColumn::name).collect(Collectors.toSet()));

    public SubscriberImport() {
        super("subscribers", "subscriber", "subscriber_id", List.of("subscriber_id"),
                List.of(new Reference("tariff_code", "tariff", "tariff_code", "unknown tariff"),
                        new Reference("area_code", "area", "area_code", "unknown area")),
                "INSERT INTO account (account_id) SELECT DISTINCT account_id FROM good ON CONFLICT DO NOTHING",
                withAttributes());
    }

    private static ImportColumn[] withAttributes() {
        ImportColumn[] columns = Arrays.copyOf(DECLARED, DECLARED.length + 1);
        columns[DECLARED.length] = optional(jsonKeptWhenAbsent("attributes"), ATTRIBUTES);
        return columns;
    }

    @Override
    public Optional<String> headerProblem(List<String> columns) {
        return ATTRIBUTES.headerProblem(columns);
    }

    /** Y/N; an empty cell gives {@code defaultValue}. */
    private static ImportColumn.Cell yesNo(boolean defaultValue) {
        return (row, column, required) -> row.yesNo(column, defaultValue);
    }
}
