package com.retention.jobs.model;

import com.retention.jobs.errors.NotFoundException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The trained models in table churn_model: bytes, algorithm, features, metrics; at most one promoted. */
@Repository
public class ModelStore {

    private final JdbcTemplate jdbc;

    public ModelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored model as {@code model list} shows it. */
    public record StoredModel(long id, String algorithm, OffsetDateTime trainedAt, LocalDate asOf, int horizonDays, int trainingRows,
            int validationRows, double auc, double ruleAuc, double lift, double ruleLift, OffsetDateTime promotedAt) {
    }

    long save(TrainedModel trained, LearnedModel model) {
        return jdbc.queryForObject("""
                INSERT INTO churn_model (as_of, horizon_days, snapshots, features, scales, training_rows, validation_rows,
                    auc, rule_auc, lift, rule_lift, model, algorithm)
                VALUES (?, ?, ?::date[], ?::text[], ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING model_id
                """, Long.class, Date.valueOf(trained.asOf()), trained.horizonDays(),
                "{" + String.join(",", trained.snapshots().stream().map(LocalDate::toString).toList()) + "}",
                arrayLiteral(trained.features()), model.scalesJson(), trained.trainingRows(), trained.validationRows(),
                trained.auc(), trained.ruleAuc(), trained.lift(), trained.ruleLift(), model.modelBytes(),
                model.algorithm().code());
    }

    public List<StoredModel> list() {
        return jdbc.query("""
                SELECT model_id, algorithm, trained_at, as_of, horizon_days, training_rows, validation_rows, auc, rule_auc, lift,
                       rule_lift, promoted_at
                FROM churn_model ORDER BY model_id
                """, (rs, i) -> new StoredModel(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getDouble(8),
                rs.getDouble(9), rs.getDouble(10), rs.getDouble(11), rs.getObject(12, OffsetDateTime.class)));
    }

    /** Makes this model the one scoring uses; the one promoted before steps back. */
    @Transactional
    public void promote(long id) {
        Integer exists = jdbc.queryForObject("SELECT count(*) FROM churn_model WHERE model_id = ?", Integer.class, id);
        if (exists == null || exists == 0) {
            throw new NotFoundException("no model " + id + " (see 'retention model list')");
        }
        jdbc.update("UPDATE churn_model SET promoted_at = NULL WHERE promoted_at IS NOT NULL AND model_id <> ?", id);
        jdbc.update("UPDATE churn_model SET promoted_at = now() WHERE model_id = ? AND promoted_at IS NULL", id);
    }

    /** The promoted model's id, if one is. */
    public java.util.Optional<Long> promotedId() {
        return jdbc.queryForList("SELECT model_id FROM churn_model WHERE promoted_at IS NOT NULL", Long.class)
                .stream().findFirst();
    }

    /** No model promoted: the scoring job scores by the rule. */
    public void stepBack() {
        jdbc.update("UPDATE churn_model SET promoted_at = NULL WHERE promoted_at IS NOT NULL");
    }

    /** The promoted model and its id. */
    public record Promoted(long id, LearnedModel model) {
    }

    /** The promoted model, loaded; empty when none is. */
    public java.util.Optional<Promoted> promoted() {
        List<Promoted> models = jdbc.query("SELECT model_id, model, scales::text FROM churn_model WHERE promoted_at IS NOT NULL",
                (rs, i) -> new Promoted(rs.getLong(1), LearnedModel.load(rs.getBytes(2), rs.getString(3))));
        return models.stream().findFirst();
    }

    private static String arrayLiteral(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",").append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }
}
