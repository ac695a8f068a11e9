package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.oneOf;
import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * areas: a hierarchy that may list a child before its parent, so parent_code is not checked
 * (the view area_lineage resolves the effective time zone).
 */
@Component
public class AreaImport extends DeclaredImport {

    public AreaImport() {
        super("areas", "area", "area_code", List.of("area_code"), List.of(), null,
                required(text("area_code")).then((row, read) -> {
                    String parent = row.text("parent_code", false);
                    if (read.value("area_code") != null && read.value("area_code").equals(parent)) {
                        row.reject("parent_code", parent, "an area cannot be its own parent");
                    }
                }),
                required(text("name")),
                optional(text("parent_code")),
                optional(text("kind"), oneOf(null, "REGION", "CITY", "DISTRICT", "BUILDING", "NODE")),
                optional(text("timezone"), (row, column, required) -> row.timezone(column)));
    }
}
