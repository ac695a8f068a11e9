package com.retention.domain.contact;

import com.retention.domain.shifts.ShiftRouting;
import java.util.Objects;

/**
 * Every parameter of the contact policy; {@link #defaults()} are the README's defaults.
 *
 * @param complaintCooldownDays after a COMPLAINT on day X no call of a campaign that
 *                              {@link Campaign#restsAfterComplaint() rests} through X + days - 1
 * @param shifts                the teams' rosters: who is on shift to make a call, and when
 */
public record ContactPolicyConfig(CallWindowConfig callWindow, HolidayCalendar holidays, ContactCapsConfig caps,
                                  ControlGroupConfig controlGroup, TeamRoutingConfig teams,
                                  int complaintCooldownDays, ShiftRouting shifts) {

    public static final int DEFAULT_COMPLAINT_COOLDOWN_DAYS = 30;

    public ContactPolicyConfig {
        Objects.requireNonNull(callWindow, "callWindow");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(caps, "caps");
        Objects.requireNonNull(controlGroup, "controlGroup");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(shifts, "shifts");
        if (complaintCooldownDays < 0) {
            throw new IllegalArgumentException("complaint cool-down days must be >= 0: " + complaintCooldownDays);
        }
    }

    /** Teams without rosters: every team calls whenever the subscriber may be called. */
    public ContactPolicyConfig(CallWindowConfig callWindow, HolidayCalendar holidays, ContactCapsConfig caps,
                               ControlGroupConfig controlGroup, TeamRoutingConfig teams, int complaintCooldownDays) {
        this(callWindow, holidays, caps, controlGroup, teams, complaintCooldownDays, ShiftRouting.none(holidays));
    }

    public static ContactPolicyConfig defaults() {
        return new ContactPolicyConfig(CallWindowConfig.defaults(), HolidayCalendar.defaults(),
                ContactCapsConfig.defaults(), ControlGroupConfig.defaults(), TeamRoutingConfig.defaults(),
                DEFAULT_COMPLAINT_COOLDOWN_DAYS);
    }
}
