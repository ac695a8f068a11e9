package com.retention.domain.outages;

/** Outage notices; each goes to a subscriber at most once per outage. */
public enum NoticeKind {
    PRE_NOTICE,
    INCIDENT,
    RESTORED,
    APOLOGY
}
