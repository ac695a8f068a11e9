package com.retention.domain.contact;

/** Subscriber segment as in the subscribers import; it decides which team calls. */
public enum Segment {
    B2C,
    B2B,
    VIP
}
