package com.retention.domain.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Does calling the highest churn scores save more subscribers than calling at random? The contacted
 * and control subjects of a campaign ranked together by their churn score on the list date: uplift
 * (control churn rate minus contacted churn rate) in each tenth by score, and the Qini curve with
 * its area, as scikit-uplift and causalml define them (README, "Learned churn model").
 *
 * <p>Qini at the top k subjects: {@code Cc(k) * Nt(k) / Nc(k) - Ct(k)}, the churners the contacted
 * among them would have had at the control group's rate minus those they had: subscribers saved by
 * calling the top k (0 while the top k hold no control subject). The random line runs from 0 to the
 * Qini of everyone; the area is that between the curve and the line over the share called (0..1), in
 * subscribers saved (causalml's Qini score): positive when calling by score saves more than at random.
 */
public final class ScoreUplift {

    /** One subject: their score on the list date, whether they were contacted (else control), whether they left. */
    public record Subject(double score, boolean contacted, boolean churned) {
    }

    /**
     * One tenth of the subjects by score, highest first, with the Qini curve where it ends: {@code share}
     * of the subjects called down to this tenth, {@code saved} by calling them, {@code random} at random.
     */
    public record Decile(int decile, double highestScore, double lowestScore, Proportion contacted, Proportion control,
            double share, double saved, double random) {

        /** Control churn rate minus contacted churn rate; null while a group is empty. */
        public Double uplift() {
            return contacted.isEmpty() || control.isEmpty() ? null : control.rate() - contacted.rate();
        }
    }

    /** The Qini curve at a share of the subjects called, highest scores first. */
    public record QiniPoint(double share, long contacted, long control, double saved, double random) {
    }

    private final List<Subject> ranked;

    public ScoreUplift(List<Subject> subjects) {
        ranked = new ArrayList<>(subjects);
        ranked.sort(Comparator.comparingDouble(Subject::score).reversed());
    }

    /** Ten groups of equal size by score (fewer when ties or few subjects keep a group whole). */
    public List<Decile> deciles() {
        List<Decile> deciles = new ArrayList<>();
        double total = saved(ranked.size());
        int start = 0;
        for (int d = 1; d <= 10 && start < ranked.size(); d++) {
            int end = cutAfter((int) Math.round(d * ranked.size() / 10.0), start);
            if (end <= start) {
                continue;
            }
            long nt = 0;
            long ct = 0;
            long nc = 0;
            long cc = 0;
            for (Subject s : ranked.subList(start, end)) {
                if (s.contacted()) {
                    nt++;
                    ct += s.churned() ? 1 : 0;
                } else {
                    nc++;
                    cc += s.churned() ? 1 : 0;
                }
            }
            double share = (double) end / ranked.size();
            deciles.add(new Decile(deciles.size() + 1, ranked.get(start).score(), ranked.get(end - 1).score(),
                    new Proportion(ct, nt), new Proportion(cc, nc), share, saved(end), share * total));
            start = end;
        }
        return deciles;
    }

    /** The curve at 0 and at each tenth of the subjects (cut where a score changes). */
    public List<QiniPoint> curve() {
        List<QiniPoint> all = points();
        List<QiniPoint> tenths = new ArrayList<>();
        tenths.add(all.get(0));
        int next = 1;
        for (QiniPoint p : all) {
            while (next <= 10 && p.share() >= next / 10.0 - 1e-12) {
                if (tenths.get(tenths.size() - 1) != p) {
                    tenths.add(p);
                }
                next++;
            }
        }
        return tenths;
    }

    /** The area between the curve and the random line over the share called, in subscribers saved. */
    public double area() {
        List<QiniPoint> points = points();
        double area = 0;
        for (int i = 1; i < points.size(); i++) {
            QiniPoint a = points.get(i - 1);
            QiniPoint b = points.get(i);
            area += (b.share() - a.share()) * ((a.saved() - a.random()) + (b.saved() - b.random())) / 2;
        }
        return area;
    }

    /** The Qini of the top k subjects. */
    private double saved(int k) {
        long nt = 0;
        long ct = 0;
        long nc = 0;
        long cc = 0;
        for (Subject s : ranked.subList(0, k)) {
            if (s.contacted()) {
                nt++;
                ct += s.churned() ? 1 : 0;
            } else {
                nc++;
                cc += s.churned() ? 1 : 0;
            }
        }
        return nc == 0 ? 0 : (double) cc * nt / nc - ct;
    }

    /** The curve at every cut between two different scores. */
    private List<QiniPoint> points() {
        int n = ranked.size();
        List<double[]> raw = new ArrayList<>(); // share, nt, nc, saved
        raw.add(new double[] {0, 0, 0, 0});
        long nt = 0;
        long ct = 0;
        long nc = 0;
        long cc = 0;
        for (int i = 0; i < n; i++) {
            Subject s = ranked.get(i);
            if (s.contacted()) {
                nt++;
                ct += s.churned() ? 1 : 0;
            } else {
                nc++;
                cc += s.churned() ? 1 : 0;
            }
            if (i == n - 1 || ranked.get(i + 1).score() != s.score()) {
                double saved = nc == 0 ? 0 : (double) cc * nt / nc - ct;
                raw.add(new double[] {(double) (i + 1) / n, nt, nc, saved});
            }
        }
        double total = raw.get(raw.size() - 1)[3];
        List<QiniPoint> points = new ArrayList<>(raw.size());
        for (double[] p : raw) {
            points.add(new QiniPoint(p[0], (long) p[1], (long) p[2], p[3], p[0] * total));
        }
        return points;
    }

    private int cutAfter(int end, int start) {
        int cut = Math.max(end, start);
        while (cut > 0 && cut < ranked.size() && ranked.get(cut).score() == ranked.get(cut - 1).score()) {
            cut++;
        }
        return Math.min(cut, ranked.size());
    }
}
