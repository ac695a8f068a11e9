package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * areas: a hierarchy that may list a child before its parent, so parent_code is not checked
 * (the view area_lineage resolves the effective time zone).
 */
@Component
public class AreaImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("area",
            List.of(text("area_code"), text("name"), text("parent_code"), text("kind"), text("timezone")),
            "area_code", List.of("area_code"), List.of(), null);

    @Override
    public String kind() {
        return "areas";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("area_code", "name");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        String code = row.text("area_code", true);
        String parent = row.text("parent_code", false);
        if (code != null && code.equals(parent)) {
            row.reject("parent_code", parent, "an area cannot be its own parent");
        }
        return new String[] {
            code,
            row.text("name", true),
            parent,
            row.code("kind", false, null, List.of("REGION", "CITY", "DISTRICT", "BUILDING", "NODE")),
            row.timezone("timezone"),
        };
    }
}
