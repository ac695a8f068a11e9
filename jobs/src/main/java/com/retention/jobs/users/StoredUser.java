package com.retention.jobs.users;

import java.time.OffsetDateTime;

/** A row of app_user: the user, and what only the login check and the listing need. */
record StoredUser(AppUser user, String passwordHash, int failedLogins, OffsetDateTime lockedUntil, boolean locked) {
}
