package com.retention.domain.offers;

/** Access technology; an offer never changes it (that would need an engineer visit). */
public enum Technology {
    MOBILE,
    FTTB,
    GPON,
    ADSL,
    DOCSIS,
    TV
}
