package com.retention.jobs.bench;

import java.time.Duration;

/**
 * What one job of the nightly flow did in the bench: rows read and written by its steps, its wall
 * time, the JVM's CPU time meanwhile (job threads, JIT, GC), its heap high-water marks (bytes, see HeapPeak) and how it ended.
 */
public record FlowStep(String job, long rowsIn, long rowsOut, Duration took, Duration javaCpu, long heapSampledPeak,
                       long heapAfterGcPeak, String status) {

    public double seconds() {
        return took.toNanos() / 1e9;
    }

    /** Rows per second of the larger of rows in and out (a job that reads nothing still writes). */
    public double rowsPerSecond() {
        double s = seconds();
        return s <= 0 ? 0 : Math.max(rowsIn, rowsOut) / s;
    }
}
