package com.retention.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.retention.domain.reporting.ScoreUplift.Subject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreUpliftTest {

    @Test
    void qiniCountsTheChurnersSavedAmongTheTopScoresAgainstTheControlRate() {
        ScoreUplift u = new ScoreUplift(List.of(new Subject(1, false, false), new Subject(3, false, true),
                new Subject(4, true, false), new Subject(2, true, true)));
        // ranked 4 (contacted, stayed), 3 (control, left), 2 (contacted, left), 1 (control, stayed)
        assertThat(u.curve()).extracting(ScoreUplift.QiniPoint::saved).containsExactly(0.0, 0.0, 1.0, 1.0, 0.0);
        assertThat(u.curve()).extracting(ScoreUplift.QiniPoint::random).containsOnly(0.0);
        assertThat(u.area()).isCloseTo(0.5, within(1e-12));
        List<ScoreUplift.Decile> deciles = u.deciles();
        assertThat(deciles).hasSize(4);
        assertThat(deciles.get(0).contacted()).isEqualTo(new Proportion(0, 1));
        assertThat(deciles.get(0).uplift()).isNull();
        assertThat(deciles.get(1).control()).isEqualTo(new Proportion(1, 1));
        assertThat(deciles).extracting(ScoreUplift.Decile::saved).containsExactly(0.0, 1.0, 1.0, 0.0);
        assertThat(deciles).extracting(ScoreUplift.Decile::share).containsExactly(0.25, 0.5, 0.75, 1.0);
    }

    @Test
    void callingWhereContactHelpsBeatsRandomAndTiesStayInOneDecile() {
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            double score = i % 100;
            boolean contacted = i % 2 == 0;
            // high scores: control leaves half the time, contacted a tenth; low scores: nobody leaves
            boolean churned = score >= 50 && (contacted ? i % 10 == 0 : i % 4 == 1);
            subjects.add(new Subject(score, contacted, churned));
        }
        ScoreUplift u = new ScoreUplift(subjects);
        assertThat(u.area()).isPositive();
        List<ScoreUplift.Decile> deciles = u.deciles();
        assertThat(deciles).hasSize(10);
        assertThat(deciles.get(0).uplift()).isGreaterThan(0.1);
        assertThat(deciles.get(9).uplift()).isZero();
        assertThat(deciles).allMatch(d -> d.contacted().trials() + d.control().trials() == 100);
        ScoreUplift tied = new ScoreUplift(List.of(new Subject(5, true, false), new Subject(5, false, true),
                new Subject(5, true, true)));
        assertThat(tied.deciles()).hasSize(1);
        assertThat(tied.area()).isCloseTo(0, within(1e-12)); // one cut: the curve is the random line
    }
}
