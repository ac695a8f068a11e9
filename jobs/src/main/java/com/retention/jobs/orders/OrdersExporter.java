package com.retention.jobs.orders;

import com.retention.jobs.exports.OutputExporter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** {@code retention export orders --date D}: re-writes {@code orders/D/tariff-changes.csv}. */
@Component
public class OrdersExporter implements OutputExporter {

    private final TariffChangesFile file;

    public OrdersExporter(TariffChangesFile file) {
        this.file = file;
    }

    @Override
    public String what() {
        return "orders";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        file.write(date, outDir);
    }
}
