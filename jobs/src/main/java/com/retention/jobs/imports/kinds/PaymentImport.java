package com.retention.jobs.imports.kinds;

import static com.retention.jobs.ingest.ImportColumn.required;
import static com.retention.jobs.ingest.write.TableSpec.date;
import static com.retention.jobs.ingest.write.TableSpec.numeric;
import static com.retention.jobs.ingest.write.TableSpec.text;

import com.retention.jobs.ingest.DeclaredImport;
import com.retention.jobs.ingest.write.TableSpec.Reference;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/** payments: money an account paid; a payment of zero is not a payment. */
@Component
public class PaymentImport extends DeclaredImport {

    public PaymentImport() {
        super("payments", "payment", "payment_id", List.of("payment_id"),
                List.of(new Reference("account_id", "account", "account_id", "unknown account")), null,
                required(text("payment_id")),
                required(text("account_id")),
                required(date("paid_on")),
                required(numeric("amount"), (row, column, required) -> {
                    BigDecimal amount = row.number(column, required, 10);
                    if (amount != null && amount.signum() == 0) {
                        row.reject(column, row.cell(column), "must be more than 0");
                    }
                    return amount == null ? null : amount.toPlainString();
                }));
    }
}
