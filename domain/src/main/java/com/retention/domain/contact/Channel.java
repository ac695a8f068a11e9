package com.retention.domain.contact;

/** How a candidate is contacted: a call task on a team's list, or a message in the outbox. */
public enum Channel {
    CALL,
    SMS,
    EMAIL;

    public boolean isCall() {
        return this == CALL;
    }
}
