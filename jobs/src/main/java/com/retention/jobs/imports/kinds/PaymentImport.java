package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/** payments: money an account paid; a payment of zero is not a payment. */
@Component
public class PaymentImport implements ImportDefinition {

    private static final TableSpec TABLE = new TableSpec("payment",
            List.of(text("payment_id"), text("account_id"), date("paid_on"), numeric("amount")),
            "payment_id", List.of("payment_id"),
            List.of(new Reference("account_id", "account", "account_id", "unknown account")), null);

    @Override
    public String kind() {
        return "payments";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("payment_id", "account_id", "paid_on", "amount");
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public String[] parse(RowValues row) {
        String id = row.text("payment_id", true);
        String account = row.text("account_id", true);
        String paidOn = row.date("paid_on", true);
        BigDecimal amount = row.number("amount", true, 10);
        if (amount != null && amount.signum() == 0) {
            row.reject("amount", row.cell("amount"), "must be more than 0");
        }
        return new String[] {id, account, paidOn, amount == null ? null : amount.toPlainString()};
    }
}
