package com.retention.jobs.demo;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams: one per (seed, purpose, index), so that a table
 * written in its own pass sees exactly the same subscriber as every other pass.
 */
final class Seeds {

    static final long ACCOUNT = 0x4143434FL;
    static final long USAGE = 0x55534147L;
    static final long BILLING = 0x42494C4CL;
    static final long TICKET = 0x5449434BL;
    static final long REQUEST = 0x52455155L;
    static final long OUTAGE = 0x4F555441L;
    static final long DNC = 0x444E4343L;
    static final long AREA = 0x41524541L;
    static final long PHONE = 0x50484F4EL;
    static final long DIRTY = 0x44495254L;

    private Seeds() {
    }

    static SplittableRandom random(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(purpose)) + index));
    }

    /** SplitMix64 finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Picks an index by integer weights. */
    static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
