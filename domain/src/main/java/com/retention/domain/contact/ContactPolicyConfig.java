package com.retention.domain.contact;

import java.util.Objects;

/** Every parameter of the contact policy; {@link #defaults()} are the README's defaults. */
public record ContactPolicyConfig(CallWindowConfig callWindow, HolidayCalendar holidays, ContactCapsConfig caps,
                                  ControlGroupConfig controlGroup, TeamRoutingConfig teams) {

    public ContactPolicyConfig {
        Objects.requireNonNull(callWindow, "callWindow");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(caps, "caps");
        Objects.requireNonNull(controlGroup, "controlGroup");
        Objects.requireNonNull(teams, "teams");
    }

    public static ContactPolicyConfig defaults() {
        return new ContactPolicyConfig(CallWindowConfig.defaults(), HolidayCalendar.defaults(),
                ContactCapsConfig.defaults(), ControlGroupConfig.defaults(), TeamRoutingConfig.defaults());
    }
}
