package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import java.util.List;
import org.springframework.stereotype.Component;

/** dnc: numbers nobody may call, keyed by their E.164 form so every spelling is the same number. */
@Component
public class DncImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("dnc",
            List.of(text("phone"), text("reason"), date("added_on"), date("expires_on")),
            "phone", List.of("phone"), List.of(), null);

    @Override
    public String kind() {
        return "dnc";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("phone");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        return new String[] {
            row.phone("phone", true),
            row.text("reason", false),
            row.date("added_on", false),
            row.date("expires_on", false),
        };
    }
}
