package com.retention.domain.contact;

/** {@code retention.control-group.share}: the fraction (0..1) of each sales campaign's candidates held out. */
public record ControlGroupConfig(double share) {

    public ControlGroupConfig {
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("control-group share must be within 0..1: " + share);
        }
    }

    /** README: 10 %. */
    public static ControlGroupConfig defaults() {
        return new ControlGroupConfig(0.10);
    }
}
