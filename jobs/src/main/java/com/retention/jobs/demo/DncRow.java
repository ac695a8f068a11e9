package com.retention.jobs.demo;

import java.time.LocalDate;

/** A do-not-call entry. */
public record DncRow(String phone, String reason, LocalDate addedOn, LocalDate expiresOn) {
}
