package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.oneOf;
import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.text;
import static com.retention.jobs.ingest.write.TableSpec.timestamp;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.util.List;
import org.springframework.stereotype.Component;

/** tickets: a subscriber's trouble tickets and complaints. */
@Component
public class TicketImport extends DeclaredImport {

    public TicketImport() {
        super("tickets", "ticket", "ticket_id", List.of("ticket_id"),
                List.of(new Reference("subscriber_id", "subscriber", "subscriber_id", "unknown subscriber")), null,
                required(text("ticket_id")),
                required(text("subscriber_id")),
                required(timestamp("opened_at")),
                required(text("category"), oneOf(null, "NO_SERVICE", "SLOW_SPEED", "BILLING", "COMPLAINT", "OTHER",
                        "TERMINATION_REQUEST", "PORT_OUT")),
                optional(timestamp("closed_at"))
                        .then(TimeOrder.endNotBefore("opened_at", "closed_at", "closed before it was opened")));
    }
}
