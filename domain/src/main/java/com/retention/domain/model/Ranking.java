package com.retention.domain.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well a score ranks the subscribers who left above those who stayed, the figures the README's
 * "Learned churn model" section prints for the model and for the rule score on the same rows:
 * ROC AUC, lift in the top share, and a calibration table.
 */
public final class Ranking {

    private final double[] scores;
    private final boolean[] left;
    private final int positives;

    /** One score per row (higher = more likely to leave) and whether that row left. */
    public Ranking(double[] scores, boolean[] left) {
        if (scores.length != left.length) {
            throw new IllegalArgumentException("one outcome per score: " + scores.length + " scores, " + left.length + " outcomes");
        }
        this.scores = scores.clone();
        this.left = left.clone();
        int p = 0;
        for (boolean l : left) {
            p += l ? 1 : 0;
        }
        this.positives = p;
    }

    public int rows() {
        return scores.length;
    }

    public int leavers() {
        return positives;
    }

    /**
     * ROC AUC as the Mann-Whitney statistic: the chance that a leaver outscores a stayer, ties counting
     * half. NaN when the rows hold only one outcome.
     */
    public double auc() {
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        Integer[] order = byScore(false);
        double pairs = 0;
        long stayersBelow = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            long tiedLeavers = 0;
            long tiedStayers = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                if (left[order[j]]) {
                    tiedLeavers++;
                } else {
                    tiedStayers++;
                }
                j++;
            }
            pairs += tiedLeavers * (stayersBelow + tiedStayers / 2.0);
            stayersBelow += tiedStayers;
            i = j;
        }
        return pairs / ((double) positives * negatives);
    }

    /**
     * Lift in the top {@code share} of rows by score: their churn rate over everyone's. Rows tied at the
     * cut count with their average outcome, so the figure does not depend on the order of ties.
     */
    public double liftAtTop(double share) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("share must be in (0, 1], got " + share);
        }
        if (positives == 0) {
            return Double.NaN;
        }
        Integer[] order = byScore(true);
        double take = share * order.length;
        double leaversTaken = 0;
        double taken = 0;
        int i = 0;
        while (i < order.length && taken < take) {
            int j = i;
            int tiedLeavers = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                tiedLeavers += left[order[j]] ? 1 : 0;
                j++;
            }
            double fraction = Math.min(1, (take - taken) / (j - i));
            leaversTaken += tiedLeavers * fraction;
            taken += (j - i) * fraction;
            i = j;
        }
        return (leaversTaken / taken) / ((double) positives / order.length);
    }

    /**
     * The rows in {@code bins} equal groups by score (lowest first, ties kept together in one group),
     * each with its mean score and its observed churn rate: a calibrated probability has the two equal.
     */
    public List<CalibrationBin> calibration(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("at least one bin, got " + bins);
        }
        Integer[] order = byScore(false);
        List<CalibrationBin> table = new ArrayList<>();
        int i = 0;
        for (int b = 1; b <= bins && i < order.length; b++) {
            int end = (int) Math.round((double) b * order.length / bins);
            if (end <= i) {
                continue;
            }
            while (end < order.length && scores[order[end]] == scores[order[end - 1]]) {
                end++;
            }
            double sum = 0;
            int leavers = 0;
            for (int k = i; k < end; k++) {
                sum += scores[order[k]];
                leavers += left[order[k]] ? 1 : 0;
            }
            table.add(new CalibrationBin(scores[order[i]], scores[order[end - 1]], end - i, sum / (end - i),
                    (double) leavers / (end - i)));
            i = end;
        }
        return table;
    }

    private Integer[] byScore(boolean descending) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, k -> k);
        Comparator<Integer> ascending = Comparator.comparingDouble(k -> scores[k]);
        Arrays.sort(order, descending ? ascending.reversed() : ascending);
        return order;
    }

    /** One group of the calibration table: its score range, size, mean score and observed churn rate. */
    public record CalibrationBin(double lowest, double highest, int rows, double meanScore, double churnRate) {
    }
}
