package com.retention.domain.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.contact.HolidayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ShiftsTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 12, 31);
    static final HolidayCalendar CALENDAR = new HolidayCalendar(Set.of(HOLIDAY), Set.of());

    static final Shift DAY_9_TO_22 = new Shift(LocalTime.of(9, 0), LocalTime.of(22, 0), 60);
    static final TeamRoster MOSCOW_5_2 = new TeamRoster(MOSCOW, new ShiftPattern.FiveTwo(DAY_9_TO_22), 10, 12);

    static Interval window(LocalDate day, ZoneId zone, int fromHour, int toHour) {
        return new Interval(day.atTime(fromHour, 0).atZone(zone).toInstant(), day.atTime(toHour, 0).atZone(zone).toInstant());
    }

    @Test
    void aFiveTwoTeamCallsOnWorkingDaysOnly() {
        // 10 agents x (13 h - 1 h break) x 12 calls an hour
        assertThat(MOSCOW_5_2.callsOn(WEDNESDAY, CALENDAR)).isEqualTo(1440);
        assertThat(MOSCOW_5_2.agentHoursOn(WEDNESDAY, CALENDAR)).isEqualTo(120.0);
        assertThat(MOSCOW_5_2.callsOn(SATURDAY, CALENDAR)).isZero();
        assertThat(MOSCOW_5_2.callsOn(HOLIDAY, CALENDAR)).as("a public holiday").isZero();
        assertThat(MOSCOW_5_2.workingOn(SATURDAY, CALENDAR)).isEmpty();
    }

    @Test
    void aTwoTwoCrewWorksTwoDaysAndRestsTwoWhateverTheWeekday() {
        Shift twelveHours = new Shift(LocalTime.of(8, 0), LocalTime.of(20, 0), 60);
        TeamRoster oneCrew = new TeamRoster(MOSCOW, new ShiftPattern.TwoTwo(WEDNESDAY, twelveHours, 1), 6, 10);
        assertThat(java.util.stream.IntStream.range(-2, 6).mapToObj(i -> oneCrew.callsOn(WEDNESDAY.plusDays(i), CALENDAR)))
                .containsExactly(0, 0, 660, 660, 0, 0, 660, 660); // Mon..Tue off, Wed Thu on, Fri Sat off, Sun Mon on
        TeamRoster twoCrews = new TeamRoster(MOSCOW, new ShiftPattern.TwoTwo(WEDNESDAY, twelveHours, 2), 6, 10);
        assertThat(java.util.stream.IntStream.range(0, 8).map(i -> twoCrews.callsOn(WEDNESDAY.plusDays(i), CALENDAR)))
                .containsOnly(660);
        assertThat(oneCrew.callsOn(HOLIDAY.minusDays(1), CALENDAR)).as("2/2 ignores the calendar")
                .isEqualTo(oneCrew.callsOn(HOLIDAY.minusDays(1), HolidayCalendar.weekendsOnly()));
    }

    @Test
    void aVladivostokSubscriberCalledByTheMoscowCentreGetsTheHoursBothShare() {
        Interval subscriber = window(WEDNESDAY, VLADIVOSTOK, 8, 22);

        Interval callable = MOSCOW_5_2.callableWithin(subscriber, WEDNESDAY, CALENDAR).orElseThrow();

        assertThat(callable).isEqualTo(new Interval(Instant.parse("2026-12-02T06:00:00Z"), Instant.parse("2026-12-02T12:00:00Z")));
        assertThat(callable.from().atZone(VLADIVOSTOK).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(callable.to().atZone(VLADIVOSTOK).toLocalTime()).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void aNightShiftCoversTheMorningAfterItStarted() {
        Shift night = new Shift(LocalTime.of(20, 0), LocalTime.of(8, 0), 60);
        assertThat(night.crossesMidnight()).isTrue();
        assertThat(night.productiveHours()).isEqualTo(11.0);
        TeamRoster nights = new TeamRoster(MOSCOW, new ShiftPattern.FiveTwo(night), 2, 10);
        Interval subscriber = window(WEDNESDAY, VLADIVOSTOK, 8, 22); // 22:00 UTC the day before .. 12:00 UTC

        // Tuesday's night shift (17:00 UTC Tue .. 05:00 UTC Wed) covers Wednesday's Vladivostok morning
        assertThat(nights.callableWithin(subscriber, WEDNESDAY, CALENDAR)).contains(
                new Interval(Instant.parse("2026-12-01T22:00:00Z"), Instant.parse("2026-12-02T05:00:00Z")));
        // a Monday: nobody worked the Sunday night, and Monday's own night starts after the window
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertThat(nights.callableWithin(window(monday, VLADIVOSTOK, 8, 22), monday, CALENDAR)).isEmpty();
    }

    @Test
    void aCallOutsideItsTeamsShiftGoesToTheOverflowCentreOrCarriesOver() {
        TeamRoster east = new TeamRoster(VLADIVOSTOK, new ShiftPattern.FiveTwo(new Shift(LocalTime.of(9, 0),
                LocalTime.of(18, 0), 60)), 5, 10);
        ShiftRouting routing = new ShiftRouting(Map.of("RETENTION_B2C", MOSCOW_5_2, "EAST", east),
                Map.of("RETENTION_B2C", "EAST"), CALENDAR);
        Interval earlyEast = window(WEDNESDAY, VLADIVOSTOK, 9, 12); // 23:00-02:00 UTC: before Moscow opens

        assertThat(routing.place("RETENTION_B2C", earlyEast, WEDNESDAY)).contains(new ShiftRouting.Placed("EAST", earlyEast));
        assertThat(routing.place("RETENTION_B2C", window(SATURDAY, VLADIVOSTOK, 9, 12), SATURDAY))
                .as("nobody works on Saturday: NO_SHIFT").isEmpty();
        Interval moscowDay = window(WEDNESDAY, MOSCOW, 10, 12);
        assertThat(routing.place("RETENTION_B2C", moscowDay, WEDNESDAY))
                .contains(new ShiftRouting.Placed("RETENTION_B2C", moscowDay));
        assertThat(routing.place("BILLING_B2C", moscowDay, SATURDAY)).as("a team without a roster calls as before")
                .contains(new ShiftRouting.Placed("BILLING_B2C", moscowDay));
    }

    @Test
    void aShiftWithNoTimeAfterItsBreakOrANegativeBreakIsRefused() {
        assertThatThrownBy(() -> new Shift(LocalTime.of(9, 0), LocalTime.of(10, 0), 60)).hasMessageContaining("no time left");
        assertThatThrownBy(() -> new Shift(LocalTime.of(9, 0), LocalTime.of(10, 0), -1)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new ShiftPattern.TwoTwo(WEDNESDAY, DAY_9_TO_22, 3)).hasMessageContaining("1 or 2 crews");
    }

    /** Whatever the shift and the window, what may be called lies inside both. */
    @Property(tries = 500)
    void theCallableTimeLiesInsideTheWindowAndAShift(@ForAll @IntRange(min = 0, max = 23) int shiftStart,
            @ForAll @IntRange(min = 1, max = 23) int shiftLength, @ForAll @IntRange(min = 0, max = 19) int windowStart,
            @ForAll @IntRange(min = 1, max = 4) int windowLength, @ForAll @IntRange(min = 0, max = 13) int dayOffset,
            @ForAll boolean east) {
        LocalTime start = LocalTime.of(shiftStart, 0);
        Shift shift = new Shift(start, start.plusHours(shiftLength), 0);
        TeamRoster roster = new TeamRoster(MOSCOW, new ShiftPattern.FiveTwo(shift), 3, 10);
        LocalDate day = WEDNESDAY.plusDays(dayOffset);
        Interval subscriber = window(day, east ? VLADIVOSTOK : MOSCOW, windowStart, windowStart + windowLength);

        roster.callableWithin(subscriber, day, CALENDAR).ifPresent(callable -> {
            assertThat(callable.intersect(subscriber)).contains(callable);
            boolean inToday = roster.workingOn(day, CALENDAR).flatMap(callable::intersect).map(callable::equals).orElse(false);
            boolean inYesterday = roster.workingOn(day.minusDays(1), CALENDAR).flatMap(callable::intersect)
                    .map(callable::equals).orElse(false);
            assertThat(inToday || inYesterday).as("inside one shift").isTrue();
        });
        assertThat(roster.callsOn(day, CALENDAR)).isNotNegative();
    }
}
