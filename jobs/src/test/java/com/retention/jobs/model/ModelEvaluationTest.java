package com.retention.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model evaluate} on a generated file whose churn depends on a contract type the rule score
 * cannot see and on tenure, which it can: the model learns both and ranks better; bad input is one line.
 */
class ModelEvaluationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private final ModelEvaluation evaluation = new ModelEvaluation(ModelProperties.defaults(), ScoringRules.defaults());

    @Test
    void theModelLearnsWhatTheRuleScoreCannotSeeAndTheSameFileGivesTheSameFigures() throws IOException {
        Path file = generated(2_000);
        ModelEvaluation.Result r = evaluation.evaluate(file, "left=Y", "msisdn", "tenure-months=tenure", D);
        r.lines().forEach(System.out::println);
        assertThat(r.rows()).isEqualTo(2_000);
        assertThat(r.ruleAuc()).isBetween(0.55, 0.75); // tenure alone, through SHORT_TENURE
        assertThat(r.modelAuc()).isGreaterThan(r.ruleAuc() + 0.1).isGreaterThan(0.8);
        assertThat(r.modelLift()).isGreaterThan(r.ruleLift());
        assertThat(r.lines()).anyMatch(l -> l.startsWith("AUC model")).anyMatch(l -> l.startsWith("AUC rule"))
                .anyMatch(l -> l.contains("left out (a value in nearly every row): name"));
        assertThat(evaluation.evaluate(file, "left=Y", "msisdn", "tenure-months=tenure", D).modelAuc())
                .isEqualTo(r.modelAuc());
    }

    @Test
    void badInputIsOneClearLine() throws IOException {
        Path file = generated(100);
        assertThatThrownBy(() -> evaluation.evaluate(file, "churn=Y", null, null, D))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no column churn for --label");
        assertThatThrownBy(() -> evaluation.evaluate(file, "left", null, null, D))
                .isInstanceOf(UserInputException.class).hasMessageContaining("--label takes COLUMN=VALUE");
        assertThatThrownBy(() -> evaluation.evaluate(file, "left=maybe", null, null, D))
                .isInstanceOf(UserInputException.class).hasMessageContaining("0 of 100 rows have left=maybe");
        assertThatThrownBy(() -> evaluation.evaluate(file, "left=Y", null, "tenure-months=age", D))
                .isInstanceOf(UserInputException.class).hasMessageContaining("names no column");
        assertThatThrownBy(() -> evaluation.evaluate(file, "left=Y", null, "tenure-months=contract", D))
                .isInstanceOf(UserInputException.class).hasMessageMatching("cannot evaluate: row 2 has '[a-z ]+' for tenure-months, not a number");
        assertThatThrownBy(() -> evaluation.evaluate(file, "left=Y", null, "age=tenure", D))
                .isInstanceOf(UserInputException.class).hasMessageContaining("fact=COLUMN");

        Cli.Result cli = Cli.run("model", "evaluate", "--file", dir.resolve("none.csv").toString(), "--label", "left=Y");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("retention: cannot evaluate: no file").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    /** Churn odds rise on a monthly contract and in the first year; names are unique per row. */
    private Path generated(int rows) throws IOException {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("msisdn;name;tenure;contract;charge;left\n");
        String[] contracts = {"monthly", "one year", "two years"};
        for (int i = 0; i < rows; i++) {
            int tenure = random.nextInt(72);
            String contract = contracts[random.nextInt(3)];
            double logit = -2.5 + (contract.equals("monthly") ? 2.5 : 0) + (tenure < 12 ? 1.2 : 0) - tenure / 60.0;
            boolean left = random.nextDouble() < 1 / (1 + Math.exp(-logit));
            csv.append(79_000_000_000L + i).append(";name ").append(i).append(';').append(tenure).append(';')
                    .append(contract).append(';').append(String.format(java.util.Locale.ROOT, "%.2f", 300 + random.nextDouble() * 400).replace('.', ','))
                    .append(';').append(left ? "Y" : "N").append('\n');
        }
        Path file = dir.resolve("labelled.csv");
        Files.writeString(file, csv);
        return file;
    }
}
