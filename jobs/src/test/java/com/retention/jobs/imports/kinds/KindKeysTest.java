package com.retention.jobs.imports.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.write.TableSpec;
import com.retention.jobs.outcomes.OutcomeImport;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The key each kind's rejects name their row by: the key of the README's table of input files, made of file columns. */
class KindKeysTest {

    private static final List<ImportDefinition> KINDS = List.of(new TariffImport(), new AreaImport(),
            new SubscriberImport(), new UsageImport(), new InvoiceImport(), new PaymentImport(), new TicketImport(),
            new OutageImport(), new DncImport(), new TargetImport(), new OutcomeImport());

    @Test
    void eachKindNamesItsRowsByItsKey() {
        Map<String, String> keys = new TreeMap<>();
        KINDS.forEach(kind -> keys.put(kind.kind(), kind.key().toString()));

        assertThat(keys).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("tariffs", "tariff_code"),
                Map.entry("areas", "area_code"),
                Map.entry("subscribers", "subscriber_id"),
                Map.entry("usage", "subscriber_id + month"),
                Map.entry("invoices", "invoice_id"),
                Map.entry("payments", "payment_id"),
                Map.entry("tickets", "ticket_id"),
                Map.entry("outages", "outage_id + area_code"),
                Map.entry("dnc", "phone"),
                Map.entry("targets", "campaign_code + subscriber_id or phone"),
                Map.entry("outcomes", "task_id")));
    }

    @Test
    void aKeyNamesOnlyColumnsOfTheFile() {
        for (ImportDefinition kind : KINDS) {
            List<String> columns = kind.table().columns().stream().map(TableSpec.Column::name).toList();
            assertThat(columns).as(kind.kind() + ": a key column the file lacks would leave every key empty")
                    .containsAll(kind.key().columns());
        }
    }
}
