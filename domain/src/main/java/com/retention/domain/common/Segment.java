package com.retention.domain.common;

/** Customer segment of a subscriber; tariffs use only B2C and B2B. */
public enum Segment {
    B2C,
    B2B,
    VIP
}
