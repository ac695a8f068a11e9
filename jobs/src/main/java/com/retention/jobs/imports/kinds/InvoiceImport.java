package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** invoices: money billed to an account (which the subscribers import created). */
@Component
public class InvoiceImport extends DeclaredImport {

    public InvoiceImport() {
        super("invoices", "invoice", "invoice_id", List.of("invoice_id"),
                List.of(new Reference("account_id", "account", "account_id", "unknown account")), null,
                required(text("invoice_id")),
                required(text("account_id")),
                required(date("issued_on")),
                required(date("due_on")).then((row, read) -> {
                    String issued = read.value("issued_on");
                    String due = read.value("due_on");
                    if (issued != null && due != null && LocalDate.parse(due).isBefore(LocalDate.parse(issued))) {
                        row.reject("due_on", due, "due before it was issued (" + issued + ")");
                    }
                }),
                required(numeric("amount"), (row, column, required) -> row.decimal(column, required, 10)));
    }
}
