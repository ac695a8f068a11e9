package com.retention.jobs.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.retention.domain.scoring.ChargeHistory;
import com.retention.domain.scoring.ChurnScore;
import com.retention.domain.scoring.ChurnScorer;
import com.retention.domain.scoring.ChurnSignals;
import com.retention.domain.scoring.ScoringRules;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The churn score against real outcomes: IBM's Telco Customer Churn sample (7 043 customers, "Churn"
 * = left within the last month), read from ../shared, never copied here; skipped when absent. The
 * sample has no tariffs, tickets, outages or payments, so only two of the seven signals can fire:
 * SHORT_TENURE (tenure in months) and USAGE_DROP, approximated by this month's charge against the
 * lifetime average (TotalCharges over tenure) standing for the three months before. The figures are
 * printed; the test holds the score to ranking leavers above stayers, and short tenure to picking out
 * customers who leave more often than the rest (the charge drop never fires: this sample's monthly
 * charges do not fall 40 % below their average). Both signals together make at most 30
 * points, below the MEDIUM band: here every customer is LOW, so bands say nothing on this sample.
 */
public class TelcoChurnEvaluationTest {

    static final String OVERRIDE = "retention.telco-churn";
    static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Test
    void theScoreRanksLeaversAboveStayersOnRealData() throws IOException {
        Optional<Path> file = dataset();
        assumeTrue(file.isPresent(), "../shared/datasets/telco-customer-churn is absent: evaluation skipped");
        ChurnScorer scorer = new ChurnScorer(ScoringRules.defaults());
        List<int[]> scored = new ArrayList<>(); // {score, churned 0/1}
        Map<String, int[]> byReasons = new TreeMap<>(); // {customers, churned}
        try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                ChurnScore score = scorer.score(signals(row), D);
                int churned = row.get("Churn").equals("Yes") ? 1 : 0;
                scored.add(new int[] {score.score(), churned});
                int[] group = byReasons.computeIfAbsent(score.reasons().isEmpty() ? "no signal" : score.reasonsJoined(),
                        r -> new int[2]);
                group[0]++;
                group[1] += churned;
            }
        }
        double auc = auc(scored);
        System.out.printf(Locale.ROOT, "Telco sample: %d customers, %d churned; churn score ROC AUC %.3f%n",
                scored.size(), scored.stream().mapToInt(s -> s[1]).sum(), auc);
        byReasons.forEach((reasons, n) -> System.out.printf(Locale.ROOT, "  %-24s %5d customers, %5.1f %% churned%n",
                reasons, n[0], 100.0 * n[1] / n[0]));

        assertThat(scored).hasSize(7_043);
        assertThat(auc).as("leavers score above stayers").isGreaterThan(0.6);
        double none = rate(byReasons.get("no signal"));
        assertThat(rate(byReasons.get("SHORT_TENURE"))).as("short tenure leaves more often").isGreaterThan(none);
    }

    /** What the sample can tell: tenure, and this month's charge against the lifetime average. */
    static ChurnSignals signals(CSVRecord row) {
        int tenure = Integer.parseInt(row.get("tenure"));
        BigDecimal monthly = new BigDecimal(row.get("MonthlyCharges"));
        String total = row.get("TotalCharges").strip();
        ChargeHistory charges = ChargeHistory.unknown();
        if (tenure >= 4 && !total.isEmpty()) {
            BigDecimal earlier = new BigDecimal(total).subtract(monthly)
                    .divide(BigDecimal.valueOf(tenure - 1L), 2, RoundingMode.HALF_UP);
            charges = new ChargeHistory(monthly, Collections.nCopies(3, earlier));
        }
        return new ChurnSignals(false, BigDecimal.ZERO, charges, 0, false, 0, false, 0, D.minusMonths(tenure), false);
    }

    /** ROC AUC as the Mann-Whitney statistic: the chance a leaver outscores a stayer, ties counting half. */
    static double auc(List<int[]> scored) {
        int[][] byScore = new int[101][2];
        for (int[] s : scored) {
            byScore[s[0]][s[1]]++;
        }
        double pairs = 0;
        long stayersBelow = 0;
        for (int[] counts : byScore) {
            pairs += counts[1] * (stayersBelow + counts[0] / 2.0);
            stayersBelow += counts[0];
        }
        long leavers = scored.stream().filter(s -> s[1] == 1).count();
        return pairs / (leavers * (double) (scored.size() - leavers));
    }

    private static double rate(int[] band) {
        return band == null ? 0 : (double) band[1] / band[0];
    }

    /** The sample's CSV beside the repository (or -Dretention.telco-churn=FILE); empty when absent. */
    public static Optional<Path> dataset() {
        String override = System.getProperty(OVERRIDE);
        Stream<Path> candidates = override != null ? Stream.of(Path.of(override))
                : Stream.of("../shared", "../../shared").map(p -> Path.of(p, "datasets", "telco-customer-churn",
                        "WA_Fn-UseC_-Telco-Customer-Churn.csv"));
        return candidates.filter(Files::isRegularFile).findFirst();
    }
}
