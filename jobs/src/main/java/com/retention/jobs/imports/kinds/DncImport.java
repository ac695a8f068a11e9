package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.optional;
import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.parse.RowValues;
import java.util.List;
import org.springframework.stereotype.Component;

/** dnc: numbers nobody may call, keyed by their E.164 form so every spelling is the same number. */
@Component
public class DncImport extends DeclaredImport {

    public DncImport() {
        super("dnc", "dnc", "phone", List.of("phone"), List.of(), null,
                required(text("phone"), RowValues::phone),
                optional(text("reason")),
                optional(date("added_on")),
                optional(date("expires_on")));
    }
}
