package com.retention.jobs.users;

import java.time.OffsetDateTime;

/** A user as {@code retention users list} shows it: no password hash. */
public record UserSummary(AppUser user, int failedLogins, OffsetDateTime lockedUntil, boolean locked) {
}
