package com.retention.domain.scoring;

/** Why a subscriber scored; the declaration order is the order reasons are reported in. */
public enum ReasonCode {
    LEGACY_TARIFF,
    OVERPAYING,
    USAGE_DROP,
    COMPLAINTS,
    OUTAGE_HIT,
    LATE_PAYER,
    SHORT_TENURE,
    /** a TERMINATION_REQUEST or PORT_OUT ticket is open (the save desk's subscribers) */
    TERMINATION_REQUEST
}
