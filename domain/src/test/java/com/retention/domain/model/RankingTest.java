package com.retention.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void aucIsTheShareOfLeaverStayerPairsRankedRightTiesHalf() {
        // leavers 0.9, 0.5; stayers 0.5, 0.1: pairs (0.9>0.5) (0.9>0.1) (0.5=0.5 half) (0.5>0.1) = 3.5 of 4
        Ranking r = new Ranking(new double[] {0.9, 0.5, 0.5, 0.1}, new boolean[] {true, true, false, false});
        assertThat(r.auc()).isEqualTo(3.5 / 4);
        assertThat(new Ranking(new double[] {1, 2}, new boolean[] {true, false}).auc()).isZero();
        assertThat(new Ranking(new double[] {1, 1, 1}, new boolean[] {true, false, false}).auc()).isEqualTo(0.5);
        assertThat(new Ranking(new double[] {1, 2}, new boolean[] {true, true}).auc()).isNaN();
    }

    @Test
    void liftInTheTopShareIsTheirRateOverEveryonesAndTiesAtTheCutCountByTheirAverage() {
        double[] scores = new double[10];
        boolean[] left = new boolean[10];
        for (int i = 0; i < 10; i++) {
            scores[i] = i;
            left[i] = i >= 8; // the two highest left
        }
        Ranking r = new Ranking(scores, left);
        assertThat(r.liftAtTop(0.1)).isEqualTo(1.0 / 0.2); // top row left: rate 1 against 0.2
        assertThat(r.liftAtTop(0.5)).isCloseTo(0.4 / 0.2, within(1e-12));
        // all tied: the top share holds the average outcome, lift 1
        Ranking tied = new Ranking(new double[] {3, 3, 3, 3}, new boolean[] {true, false, false, false});
        assertThat(tied.liftAtTop(0.25)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void calibrationGroupsRowsByScoreWithTheirMeanAndObservedRate() {
        Ranking r = new Ranking(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, false});
        List<Ranking.CalibrationBin> bins = r.calibration(2);
        assertThat(bins).hasSize(2);
        assertThat(bins.get(0).rows()).isEqualTo(2);
        assertThat(bins.get(0).meanScore()).isCloseTo(0.15, within(1e-12));
        assertThat(bins.get(0).churnRate()).isZero();
        assertThat(bins.get(1).meanScore()).isCloseTo(0.85, within(1e-12));
        assertThat(bins.get(1).churnRate()).isEqualTo(0.5);
        // ties stay in one bin
        assertThat(new Ranking(new double[] {5, 5, 5, 5}, new boolean[4]).calibration(4)).hasSize(1);
    }
}
