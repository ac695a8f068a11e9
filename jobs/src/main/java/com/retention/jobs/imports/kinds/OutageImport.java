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

/** outages: one row per outage and area. */
@Component
public class OutageImport extends DeclaredImport {

    public OutageImport() {
        super("outages", "outage", "outage_id, area_code", List.of("outage_id", "area_code"),
                List.of(new Reference("area_code", "area", "area_code", "unknown area")), null,
                required(text("outage_id")),
                required(text("area_code")),
                required(text("kind"), oneOf(null, "PLANNED", "UNPLANNED")),
                required(timestamp("starts_at")),
                optional(timestamp("expected_end_at")),
                optional(timestamp("ended_at"))
                        .then(TimeOrder.endNotBefore("starts_at", "ended_at", "ended before it started")),
                optional(text("description")));
    }
}
