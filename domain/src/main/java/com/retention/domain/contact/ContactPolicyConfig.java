package com.retention.domain.contact;

import java.util.Objects;

/**
 * Every parameter of the contact policy; {@link #defaults()} are the README's defaults.
 *
 * @param complaintCooldownDays after a COMPLAINT on day X no call of a campaign that
 *                              {@link Campaign#restsAfterComplaint() rests} through X + days - 1
 */
public record ContactPolicyConfig(CallWindowConfig callWindow, HolidayCalendar holidays, ContactCapsConfig caps,
                                  ControlGroupConfig controlGroup, TeamRoutingConfig teams,
                                  int complaintCooldownDays) {

    public static final int DEFAULT_COMPLAINT_COOLDOWN_DAYS = 30;

    public ContactPolicyConfig {
        Objects.requireNonNull(callWindow, "callWindow");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(caps, "caps");
        Objects.requireNonNull(controlGroup, "controlGroup");
        Objects.requireNonNull(teams, "teams");
        if (complaintCooldownDays < 0) {
            throw new IllegalArgumentException("complaint cool-down days must be >= 0: " + complaintCooldownDays);
        }
    }

    public static ContactPolicyConfig defaults() {
        return new ContactPolicyConfig(CallWindowConfig.defaults(), HolidayCalendar.defaults(),
                ContactCapsConfig.defaults(), ControlGroupConfig.defaults(), TeamRoutingConfig.defaults(),
                DEFAULT_COMPLAINT_COOLDOWN_DAYS);
    }
}
