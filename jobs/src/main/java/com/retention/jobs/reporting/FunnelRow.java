package com.retention.jobs.reporting;

/** One campaign step's funnel: candidate rows down to conversions (messages have no call stages). */
public record FunnelRow(String campaign, String step, long candidates, long control, long listed, long attempted,
        long reached, long converted, long sent) {
}
