package com.retention.jobs.calllists.config;

import com.retention.domain.contact.CallWindowConfig;
import com.retention.domain.contact.ContactCapsConfig;
import com.retention.domain.contact.ContactPolicyConfig;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.contact.*}: calling hours and frequency caps of the README's contact policy, how
 * long a carried-over contact may wait, and how long a COMPLAINT holds off sales calls. Hours are text ({@code "08:00"}) so a typo is reported
 * with the key it came from.
 */
@ConfigurationProperties(prefix = "retention.contact")
public record ContactProperties(Hours workingDay, Hours nonWorkingDay, Caps calls, Caps sms, Integer carryOverMaxDays,
                                Integer complaintCooldownDays) {

    public ContactProperties {
        CallWindowConfig defaults = CallWindowConfig.defaults();
        ContactCapsConfig caps = ContactCapsConfig.defaults();
        workingDay = workingDay != null ? workingDay
                : new Hours(defaults.workingDayStart().toString(), defaults.workingDayEnd().toString());
        nonWorkingDay = nonWorkingDay != null ? nonWorkingDay
                : new Hours(defaults.nonWorkingDayStart().toString(), defaults.nonWorkingDayEnd().toString());
        calls = calls != null ? calls : Caps.of(caps.calls());
        sms = sms != null ? sms : Caps.of(caps.sms());
        carryOverMaxDays = carryOverMaxDays != null ? carryOverMaxDays : 7;
        if (carryOverMaxDays < 0) {
            throw new IllegalArgumentException("retention.contact.carry-over-max-days must be >= 0: " + carryOverMaxDays);
        }
        complaintCooldownDays = complaintCooldownDays != null ? complaintCooldownDays
                : ContactPolicyConfig.DEFAULT_COMPLAINT_COOLDOWN_DAYS;
        if (complaintCooldownDays < 0) {
            throw new IllegalArgumentException("retention.contact.complaint-cooldown-days must be >= 0: "
                    + complaintCooldownDays);
        }
    }

    public CallWindowConfig callWindow() {
        return new CallWindowConfig(workingDay.start("working-day"), workingDay.end("working-day"),
                nonWorkingDay.start("non-working-day"), nonWorkingDay.end("non-working-day"));
    }

    public ContactCapsConfig caps() {
        return new ContactCapsConfig(calls.limits(), sms.limits());
    }

    /** Local calling hours of one kind of day, e.g. {@code start: "08:00", end: "22:00"}. */
    public record Hours(String start, String end) {

        LocalTime start(String day) {
            return parse(start, day + ".start");
        }

        LocalTime end(String day) {
            return parse(end, day + ".end");
        }

        private static LocalTime parse(String text, String key) {
            try {
                return LocalTime.parse(text == null ? "" : text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("retention.contact." + key + " '" + text + "' is not a time like 08:00");
            }
        }
    }

    /** Contacts allowed on D, over D-6..D and over D-29..D. */
    public record Caps(int perDay, int perWeek, int perMonth) {

        static Caps of(ContactCapsConfig.Limits limits) {
            return new Caps(limits.perDay(), limits.perWeek(), limits.perMonth());
        }

        ContactCapsConfig.Limits limits() {
            return new ContactCapsConfig.Limits(perDay, perWeek, perMonth);
        }
    }
}
