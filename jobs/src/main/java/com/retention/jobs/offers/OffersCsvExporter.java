package com.retention.jobs.offers;

import com.retention.jobs.csv.CsvTableExport;
import com.retention.jobs.exports.OutputExporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** {@code export offers}: exports/D/offers.csv, every offer made for D with its current status. */
@Component
public class OffersCsvExporter implements OutputExporter {

    static final List<String> COLUMNS = List.of("subscriber_id", "campaign", "current_tariff", "offer_tariff",
            "offer_type", "current_cost", "offer_cost", "monthly_saving", "churn_score", "churn_band", "reasons",
            "control", "status");

    private final CsvTableExport csv;

    public OffersCsvExporter(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory) {
        this.csv = new CsvTableExport(cursorSqlSessionFactory);
    }

    @Override
    public String what() {
        return "offers";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        csv.export(OfferMapper.class, offers -> offers.export(date), COLUMNS, outDir.resolve("exports").resolve(date.toString()).resolve("offers.csv"));
    }
}
