package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** invoices: money billed to an account (which the subscribers import created). */
@Component
public class InvoiceImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("invoice",
            List.of(text("invoice_id"), text("account_id"), date("issued_on"), date("due_on"), numeric("amount")),
            "invoice_id", List.of("invoice_id"),
            List.of(new Reference("account_id", "account", "account_id", "unknown account")), null);

    @Override
    public String kind() {
        return "invoices";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("invoice_id", "account_id", "issued_on", "due_on", "amount");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        String id = row.text("invoice_id", true);
        String account = row.text("account_id", true);
        LocalDate issued = row.localDate("issued_on", true);
        LocalDate due = row.localDate("due_on", true);
        if (issued != null && due != null && due.isBefore(issued)) {
            row.reject("due_on", due.toString(), "due before it was issued (" + issued + ")");
        }
        return new String[] {id, account, str(issued), str(due), row.decimal("amount", true, 10)};
    }

    static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
