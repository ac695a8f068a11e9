package com.retention.jobs.calllists.config;

import com.retention.domain.contact.HolidayCalendar;
import com.retention.domain.contact.RussianCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.calendar.*}: the public holidays (non-working days, weekend hours) and the
 * transferred working days (a Saturday made a working day). Without the keys: Russia's calendar
 * for 2026 and 2027 as {@link RussianCalendar} ships it. Dates are ISO text, checked here.
 */
@ConfigurationProperties(prefix = "retention.calendar")
public record CalendarProperties(List<String> holidays, List<String> workingDays) {

    public CalendarProperties {
        if (holidays == null) {
            holidays = new ArrayList<>(RussianCalendar.HOLIDAYS_2026);
            holidays.addAll(RussianCalendar.HOLIDAYS_2027);
        }
        if (workingDays == null) {
            workingDays = new ArrayList<>(RussianCalendar.WORKING_DAYS_2026);
            workingDays.addAll(RussianCalendar.WORKING_DAYS_2027);
        }
        holidays = List.copyOf(holidays);
        workingDays = List.copyOf(workingDays);
    }

    public HolidayCalendar calendar() {
        return new HolidayCalendar(dates(holidays, "holidays"), dates(workingDays, "working-days"));
    }

    private static Set<LocalDate> dates(List<String> texts, String key) {
        Set<LocalDate> dates = new HashSet<>();
        for (String text : texts) {
            try {
                dates.add(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("retention.calendar." + key + ": '" + text + "' is not a date like 2026-11-04");
            }
        }
        return dates;
    }
}
