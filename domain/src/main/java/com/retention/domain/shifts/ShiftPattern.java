package com.retention.domain.shifts;

import com.retention.domain.contact.HolidayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Which crews of a team work on a day, and their shift. */
public sealed interface ShiftPattern {

    /** How many crews are on shift on {@code day} (0 = the team does not work). */
    int crewsOn(LocalDate day, HolidayCalendar calendar);

    Shift shift();

    /** Five working days, two off: one crew, on the days the calendar calls working days. */
    record FiveTwo(Shift shift) implements ShiftPattern {

        public FiveTwo {
            Objects.requireNonNull(shift, "shift");
        }

        @Override
        public int crewsOn(LocalDate day, HolidayCalendar calendar) {
            return calendar.isNonWorkingDay(day) ? 0 : 1;
        }
    }

    /**
     * Two days on, two off, whatever the weekday: the first crew works on {@code anchor} and the day
     * after, then rests two days; with {@code crews} 2 the second crew works the first crew's days off,
     * so one crew is always on.
     */
    record TwoTwo(LocalDate anchor, Shift shift, int crews) implements ShiftPattern {

        public TwoTwo {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(shift, "shift");
            if (crews < 1 || crews > 2) {
                throw new IllegalArgumentException("a 2/2 roster has 1 or 2 crews: " + crews);
            }
        }

        @Override
        public int crewsOn(LocalDate day, HolidayCalendar calendar) {
            boolean firstCrewsDay = Math.floorMod(ChronoUnit.DAYS.between(anchor, day), 4) < 2;
            return firstCrewsDay || crews == 2 ? 1 : 0;
        }
    }
}
