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

/** outages: one row per outage and area. */
@Component
public class OutageImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("outage",
            List.of(text("outage_id"), text("area_code"), text("kind"), timestamp("starts_at"),
                    timestamp("expected_end_at"), timestamp("ended_at"), text("description")),
            "outage_id, area_code", List.of("outage_id", "area_code"),
            List.of(new Reference("area_code", "area", "area_code", "unknown area")), null);

    @Override
    public String kind() {
        return "outages";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("outage_id", "area_code", "kind", "starts_at");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        String id = row.text("outage_id", true);
        String area = row.text("area_code", true);
        String kind = row.code("kind", true, null, List.of("PLANNED", "UNPLANNED"));
        Instant starts = row.timestamp("starts_at", true);
        Instant expectedEnd = row.timestamp("expected_end_at", false);
        Instant ended = row.timestamp("ended_at", false);
        if (starts != null && ended != null && ended.isBefore(starts)) {
            row.reject("ended_at", row.cell("ended_at"), "ended before it started");
        }
        return new String[] {id, area, kind, InvoiceImport.str(starts), InvoiceImport.str(expectedEnd),
            InvoiceImport.str(ended), row.text("description", false)};
    }
}
