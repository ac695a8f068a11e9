package com.retention.jobs.demo;

import java.time.LocalDate;

/** One subscriber's month: money charged (kopecks) and what was used. */
public record UsageRow(String subscriberId, LocalDate month, long chargedKopecks, double voiceMinutes, double sms,
        double dataGb) {
}
