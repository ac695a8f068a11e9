package com.retention.jobs.demo.simulation;

import java.util.SplittableRandom;

/**
 * The random stream of one simulated event, from the seed and the event's own key (a task id, a
 * day): the same seed gives the same outcomes whatever the order lists are worked in.
 */
final class TaskRandom {

    private TaskRandom() {
    }

    static SplittableRandom of(long seed, String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    /** SplitMix64 finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
