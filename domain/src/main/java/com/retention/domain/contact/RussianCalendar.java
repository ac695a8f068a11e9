package com.retention.domain.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Russian production calendar as data, ready to be copied into config as date lists.
 * Public holidays by Labour Code art. 112: 1-8 January, 23 February, 8 March, 1 May, 9 May,
 * 12 June, 4 November. A holiday on a weekend moves the day off to the next working day
 * automatically, except the New Year holidays, whose weekend days the government moves by decree.
 */
public final class RussianCalendar {

    /**
     * 2026, Government decree No. 1466 of 24.09.2025: 3 Jan (Sat) moved to Fri 9 Jan, 4 Jan (Sun)
     * to Thu 31 Dec; 8 Mar (Sun) gives Mon 9 Mar, 9 May (Sat) gives Mon 11 May. No working Saturdays.
     */
    public static final List<String> HOLIDAYS_2026 = List.of(
            "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05", "2026-01-06",
            "2026-01-07", "2026-01-08", "2026-01-09",
            "2026-02-23",
            "2026-03-08", "2026-03-09",
            "2026-05-01", "2026-05-09", "2026-05-11",
            "2026-06-12",
            "2026-11-04",
            "2026-12-31");

    public static final List<String> WORKING_DAYS_2026 = List.of();

    /**
     * 2027: the statutory holidays and the automatic art. 112 moves only: 1 May (Sat) gives Mon 3 May,
     * 9 May (Sun) gives Mon 10 May, 12 Jun (Sat) gives Mon 14 Jun. NOT included, because the decree was
     * not known when this was written: where the days off of Sat 2 Jan and Sun 3 Jan go, and any other
     * transfer (a draft reported in Dec 2025 proposed Fri 5 Nov off and Sat 13 Nov working).
     * Add them in config once the decree is published.
     */
    public static final List<String> HOLIDAYS_2027 = List.of(
            "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05", "2027-01-06",
            "2027-01-07", "2027-01-08",
            "2027-02-23",
            "2027-03-08",
            "2027-05-01", "2027-05-03", "2027-05-09", "2027-05-10",
            "2027-06-12", "2027-06-14",
            "2027-11-04");

    public static final List<String> WORKING_DAYS_2027 = List.of();

    private RussianCalendar() {
    }

    public static HolidayCalendar year2026() {
        return calendar(HOLIDAYS_2026, WORKING_DAYS_2026);
    }

    public static HolidayCalendar year2027() {
        return calendar(HOLIDAYS_2027, WORKING_DAYS_2027);
    }

    public static HolidayCalendar years2026and2027() {
        return year2026().plus(year2027());
    }

    private static HolidayCalendar calendar(List<String> holidays, List<String> workingDays) {
        return new HolidayCalendar(dates(holidays), dates(workingDays));
    }

    private static Set<LocalDate> dates(List<String> isoDates) {
        return isoDates.stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
