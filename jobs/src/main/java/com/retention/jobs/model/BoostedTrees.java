package com.retention.jobs.model;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Tribuo's XGBoost model evaluated in plain Java from its own tree dump, so the scoring job scores a
 * subscriber without building a native matrix per row (README, "Learned churn model"): each tree
 * sends a feature present in the row left when its value (as a float) is below the split, and an
 * absent one (XGBoost's "missing", as Tribuo's sparse rows leave it) the tree's default way. Tribuo
 * trains two-class softmax trees, one per label each round; the probability of leaving is the
 * logistic of the "left" trees' sum minus the "stayed" trees'. What each feature adds to that
 * log-odds is the change of the expected value along the subscriber's path (Saabas): the expected
 * value of a node is its subtree's leaves weighted by their cover. Pinned to Tribuo's prediction by
 * a test.
 */
final class BoostedTrees {

    private final List<Tree> trees = new ArrayList<>();
    private final int featureCount;

    BoostedTrees(XGBoostModel<Label> model) {
        ImmutableFeatureMap features = model.getFeatureIDMap();
        featureCount = features.size();
        int leftId = model.getOutputIDInfo().getID(new Label(ChurnLearner.LEFT));
        int classes = model.getOutputIDInfo().size();
        List<String[]> dumps = model.getModelDump();
        if (dumps.size() != 1) {
            throw new IllegalStateException("expected one booster, got " + dumps.size());
        }
        String[] dump = dumps.get(0);
        for (int t = 0; t < dump.length; t++) {
            trees.add(Tree.parse(dump[t], t % classes == leftId ? 1 : -1));
        }
    }

    int featureCount() {
        return featureCount;
    }

    /**
     * The log-odds of leaving for a row given as feature ids and values (a dense vector, NaN where
     * absent), adding each feature's contribution into {@code contributions} by feature id.
     */
    double logOdds(float[] x, double[] contributions) {
        double z = 0;
        for (Tree tree : trees) {
            z += tree.walk(x, contributions);
        }
        return z;
    }

    /** One tree: parallel arrays by node id. */
    private record Tree(int sign, int[] feature, float[] split, int[] yes, int[] no, int[] missing, double[] value,
                        boolean[] leaf) {

        double walk(float[] x, double[] contributions) {
            int node = 0;
            while (!leaf[node]) {
                float v = x[feature[node]];
                int next = Float.isNaN(v) ? missing[node] : v < split[node] ? yes[node] : no[node];
                contributions[feature[node]] += sign * (value[next] - value[node]);
                node = next;
            }
            return sign * value[node];
        }

        /**
         * XGBoost's text dump with statistics: {@code id:[f12<0.5] yes=1,no=2,missing=1,gain=..,cover=..}
         * for a split, {@code id:leaf=0.1,cover=..} for a leaf, one node a line.
         */
        static Tree parse(String dump, int sign) {
            String[] lines = dump.strip().split("\n");
            int n = 0;
            for (String line : lines) {
                n = Math.max(n, Integer.parseInt(line.strip().substring(0, line.strip().indexOf(':'))) + 1);
            }
            int[] feature = new int[n];
            float[] split = new float[n];
            int[] yes = new int[n];
            int[] no = new int[n];
            int[] missing = new int[n];
            double[] value = new double[n];
            double[] cover = new double[n];
            boolean[] leaf = new boolean[n];
            for (String raw : lines) {
                String line = raw.strip();
                int id = Integer.parseInt(line.substring(0, line.indexOf(':')));
                String rest = line.substring(line.indexOf(':') + 1);
                if (rest.startsWith("leaf=")) {
                    leaf[id] = true;
                    for (String kv : rest.split(",")) {
                        String[] p = kv.split("=");
                        if (p[0].equals("leaf")) {
                            value[id] = Double.parseDouble(p[1]);
                        } else if (p[0].equals("cover")) {
                            cover[id] = Double.parseDouble(p[1]);
                        }
                    }
                } else {
                    int lt = rest.indexOf('<');
                    int close = rest.indexOf(']');
                    if (!rest.startsWith("[f") || lt < 0) {
                        throw new IllegalStateException("unexpected tree node: " + line);
                    }
                    feature[id] = Integer.parseInt(rest.substring(2, lt));
                    split[id] = Float.parseFloat(rest.substring(lt + 1, close));
                    for (String kv : rest.substring(close + 1).strip().split(",")) {
                        String[] p = kv.split("=");
                        switch (p[0]) {
                            case "yes" -> yes[id] = Integer.parseInt(p[1]);
                            case "no" -> no[id] = Integer.parseInt(p[1]);
                            case "missing" -> missing[id] = Integer.parseInt(p[1]);
                            case "cover" -> cover[id] = Double.parseDouble(p[1]);
                            default -> { }
                        }
                    }
                }
            }
            expected(0, value, cover, yes, no, leaf);
            return new Tree(sign, feature, split, yes, no, missing, value, leaf);
        }

        /** A split node's expected value: its children's, weighted by cover. */
        private static double expected(int node, double[] value, double[] cover, int[] yes, int[] no, boolean[] leaf) {
            if (!leaf[node]) {
                double a = expected(yes[node], value, cover, yes, no, leaf);
                double b = expected(no[node], value, cover, yes, no, leaf);
                double total = cover[yes[node]] + cover[no[node]];
                value[node] = total > 0 ? (a * cover[yes[node]] + b * cover[no[node]]) / total : (a + b) / 2;
            }
            return value[node];
        }
    }
}
