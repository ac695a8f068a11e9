package com.retention.domain.outages;

/** PLANNED works are announced ahead; UNPLANNED incidents are notified once they last. */
public enum OutageKind {
    PLANNED,
    UNPLANNED
}
