package com.retention.jobs.users;

import java.time.OffsetDateTime;

/** A row of app_user as {@code UserMapper} reads it; {@code locked}: {@code locked_until} is still ahead. */
class UserRow {
    String login;
    Role role;
    String[] teams;
    String manager;
    String passwordHash;
    boolean enabled;
    int failedLogins;
    OffsetDateTime lockedUntil;
    boolean locked;
}
