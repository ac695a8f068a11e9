package com.retention.domain.common;

/**
 * How a decided contact reaches the subscriber. HANDOVER means we stop contacting and pass the
 * case to a third party through a file (collections), so the contact policy never lists it as a call.
 */
public enum Channel {
    SMS,
    EMAIL,
    CALL,
    HANDOVER;

    public boolean isCall() {
        return this == CALL;
    }
}
