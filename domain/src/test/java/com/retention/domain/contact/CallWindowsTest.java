package com.retention.domain.contact;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallWindowsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate CONFIGURED_HOLIDAY = LocalDate.of(2026, 11, 26); // a Thursday

    private final CallWindows windows = new CallWindows(CallWindowConfig.defaults(),
            new HolidayCalendar(Set.of(CONFIGURED_HOLIDAY), Set.of()));

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "Asia/Vladivostok,   2026-11-25, 2026-11-24T22:00:00Z, 2026-11-25T12:00:00Z, 08:00–22:00 Asia/Vladivostok",
            "Asia/Vladivostok,   2026-11-28, 2026-11-27T23:00:00Z, 2026-11-28T10:00:00Z, 09:00–20:00 Asia/Vladivostok",
            "Asia/Vladivostok,   2026-11-26, 2026-11-25T23:00:00Z, 2026-11-26T10:00:00Z, 09:00–20:00 Asia/Vladivostok",
            "Europe/Kaliningrad, 2026-11-25, 2026-11-25T06:00:00Z, 2026-11-25T20:00:00Z, 08:00–22:00 Europe/Kaliningrad",
            "Europe/Kaliningrad, 2026-11-28, 2026-11-28T07:00:00Z, 2026-11-28T18:00:00Z, 09:00–20:00 Europe/Kaliningrad",
            "Europe/Kaliningrad, 2026-11-26, 2026-11-26T07:00:00Z, 2026-11-26T18:00:00Z, 09:00–20:00 Europe/Kaliningrad"})
    void russianZonesOnWeekdaySaturdayAndHoliday(String zone, LocalDate date, Instant earliest, Instant latest,
                                                 String display) {
        CallWindow window = windows.windowFor(ZoneId.of(zone), date);

        assertThat(window.earliest()).isEqualTo(earliest);
        assertThat(window.latest()).isEqualTo(latest);
        assertThat(window.display()).isEqualTo(display);
        assertThat(window.date()).isEqualTo(date);
    }

    @Test
    void containsIsInclusive() {
        CallWindow window = windows.windowFor(ZoneId.of("Europe/Moscow"), WEDNESDAY);
        assertThat(window.contains(window.earliest())).isTrue();
        assertThat(window.contains(window.latest())).isTrue();
        assertThat(window.contains(window.latest().plusSeconds(1))).isFalse();
        assertThat(window.contains(window.earliest().minusSeconds(1))).isFalse();
    }

    @Test
    void startInADstGapOpensAtTheJump() {
        // New York springs forward 2026-03-08 02:00 -> 03:00; a 02:30 start does not exist that day.
        CallWindows early = new CallWindows(new CallWindowConfig(LocalTime.of(8, 0), LocalTime.of(22, 0),
                LocalTime.of(2, 30), LocalTime.of(20, 0)), HolidayCalendar.weekendsOnly());
        ZoneId newYork = ZoneId.of("America/New_York");
        CallWindow window = early.windowFor(newYork, LocalDate.of(2026, 3, 8));

        assertThat(window.earliest()).isEqualTo(ZonedDateTime.of(2026, 3, 8, 3, 0, 0, 0, newYork).toInstant());
    }

    @Test
    void endInADstGapClosesBeforeTheJump() {
        CallWindows night = new CallWindows(new CallWindowConfig(LocalTime.of(0, 30), LocalTime.of(2, 30),
                LocalTime.of(0, 30), LocalTime.of(2, 30)), HolidayCalendar.weekendsOnly());
        ZoneId newYork = ZoneId.of("America/New_York");

        CallWindow springForward = night.windowFor(newYork, LocalDate.of(2026, 3, 8)); // 02:30 does not exist
        assertThat(springForward.latest().atZone(newYork).toLocalTime()).isEqualTo(LocalTime.of(1, 59, 59));
    }

    @Test
    void windowInsideARepeatedHourIsTheFirstPass() {
        CallWindows night = new CallWindows(new CallWindowConfig(LocalTime.of(1, 20), LocalTime.of(1, 40),
                LocalTime.of(1, 20), LocalTime.of(1, 40)), HolidayCalendar.weekendsOnly());
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate fallBack = LocalDate.of(2026, 11, 1); // 01:00-02:00 happens twice, first at -04:00

        CallWindow window = night.windowFor(newYork, fallBack);

        // The clock shows 01:20-01:40 twice; a window is one interval, so it is the first pass.
        assertThat(window.earliest()).isEqualTo(fallBack.atTime(1, 20).toInstant(ZoneOffset.ofHours(-4)));
        assertThat(window.latest()).isEqualTo(fallBack.atTime(1, 40).toInstant(ZoneOffset.ofHours(-4)));
    }

    @Test
    void startInAnOverlapTakesTheSecondPassWhenTheWindowGoesOn() {
        CallWindows night = new CallWindows(new CallWindowConfig(LocalTime.of(1, 30), LocalTime.of(5, 0),
                LocalTime.of(1, 30), LocalTime.of(5, 0)), HolidayCalendar.weekendsOnly());
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        // After the first 01:30 the clock goes back to 01:00, before the start: the window opens at the second.
        assertThat(night.windowFor(newYork, fallBack).earliest())
                .isEqualTo(fallBack.atTime(1, 30).toInstant(ZoneOffset.ofHours(-5)));
    }

    @Test
    void windowMustStartBeforeItEnds() {
        assertThatThrownBy(() -> new CallWindowConfig(LocalTime.of(22, 0), LocalTime.of(8, 0),
                LocalTime.of(9, 0), LocalTime.of(20, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void anyZoneAnyDayTheWindowIsInsideTheLocalHours(@ForAll("zones") ZoneId zone,
                                                     @ForAll @IntRange(min = 0, max = 3000) int dayOffset) {
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(dayOffset);
        CallWindowConfig hours = CallWindowConfig.defaults();
        HolidayCalendar calendar = HolidayCalendar.defaults();
        CallWindow window = new CallWindows(hours, calendar).windowFor(zone, date);
        boolean off = calendar.isNonWorkingDay(date);

        ZonedDateTime earliest = window.earliest().atZone(zone);
        ZonedDateTime latest = window.latest().atZone(zone);
        assertThat(earliest.toLocalDate()).isEqualTo(date);
        assertThat(latest.toLocalDate()).isEqualTo(date);
        assertThat(earliest.toLocalTime()).isAfterOrEqualTo(off ? hours.nonWorkingDayStart() : hours.workingDayStart());
        assertThat(latest.toLocalTime()).isBeforeOrEqualTo(off ? hours.nonWorkingDayEnd() : hours.workingDayEnd());
        assertThat(window.earliest()).isBeforeOrEqualTo(window.latest());
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
    }
}
