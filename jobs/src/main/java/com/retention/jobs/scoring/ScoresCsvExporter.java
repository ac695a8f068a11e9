package com.retention.jobs.scoring;

import com.retention.jobs.csv.CsvTableExport;
import com.retention.jobs.exports.OutputExporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** {@code export scores}: exports/D/scores.csv, every subscriber scored for D. */
@Component
public class ScoresCsvExporter implements OutputExporter {

    static final List<String> COLUMNS = List.of("subscriber_id", "churn_score", "churn_band", "reasons", "model");

    private final CsvTableExport csv;

    public ScoresCsvExporter(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory) {
        this.csv = new CsvTableExport(cursorSqlSessionFactory);
    }

    @Override
    public String what() {
        return "scores";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        csv.export(ScoreMapper.class, scores -> scores.export(date), COLUMNS, outDir.resolve("exports").resolve(date.toString()).resolve("scores.csv"));
    }
}
