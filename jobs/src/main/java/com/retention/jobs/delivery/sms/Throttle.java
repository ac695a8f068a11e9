package com.retention.jobs.delivery.sms;

import java.util.concurrent.locks.LockSupport;

/** At most N submits a second, evenly spaced, so the SMSC never answers "throttled" to a burst. */
final class Throttle {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Throttle(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    void acquire() {
        long now = System.nanoTime();
        if (next > now) {
            LockSupport.parkNanos(next - now);
            now = next;
        }
        next = Math.max(next, now - intervalNanos) + intervalNanos;
    }
}
