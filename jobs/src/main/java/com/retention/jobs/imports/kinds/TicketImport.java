package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.text;
import static com.retention.jobs.ingest.write.TableSpec.timestamp;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** tickets: a subscriber's trouble tickets and complaints. */
@Component
public class TicketImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("ticket",
            List.of(text("ticket_id"), text("subscriber_id"), timestamp("opened_at"), text("category"),
                    timestamp("closed_at")),
            "ticket_id", List.of("ticket_id"),
            List.of(new Reference("subscriber_id", "subscriber", "subscriber_id", "unknown subscriber")), null);

    @Override
    public String kind() {
        return "tickets";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("ticket_id", "subscriber_id", "opened_at", "category");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        String id = row.text("ticket_id", true);
        String subscriber = row.text("subscriber_id", true);
        Instant opened = row.timestamp("opened_at", true);
        String category = row.code("category", true, null, List.of("NO_SERVICE", "SLOW_SPEED", "BILLING", "COMPLAINT", "OTHER"));
        Instant closed = row.timestamp("closed_at", false);
        if (opened != null && closed != null && closed.isBefore(opened)) {
            row.reject("closed_at", row.cell("closed_at"), "closed before it was opened");
        }
        return new String[] {id, subscriber, InvoiceImport.str(opened), category, InvoiceImport.str(closed)};
    }
}
