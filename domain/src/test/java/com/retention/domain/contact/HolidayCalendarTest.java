package com.retention.domain.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarTest {

    private final HolidayCalendar russia = HolidayCalendar.defaults();

    @Test
    void russia2026Has247WorkingDaysAsPublished() {
        // The official 2026 production calendar (five-day week): 247 working days, 118 days off.
        LocalDate day = LocalDate.of(2026, 1, 1);
        int working = 0;
        for (; day.getYear() == 2026; day = day.plusDays(1)) {
            working += russia.isNonWorkingDay(day) ? 0 : 1;
        }
        assertThat(working).isEqualTo(247);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-08", "2026-01-09", "2026-01-11", "2026-02-23", "2026-03-09",
            "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31",
            "2027-01-08", "2027-05-03", "2027-05-10", "2027-06-14", "2027-11-04"})
    void russianDaysOff(String date) {
        assertThat(russia.isNonWorkingDay(LocalDate.parse(date))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-12", "2026-02-24", "2026-03-10", "2026-05-12", "2026-11-05", "2026-12-30",
            "2027-01-11", "2027-05-04"})
    void russianWorkingDays(String date) {
        assertThat(russia.isNonWorkingDay(LocalDate.parse(date))).isFalse();
    }

    @Test
    void weekendsAreNonWorkingUnlessTransferred() {
        LocalDate saturday = LocalDate.of(2025, 11, 1);
        HolidayCalendar calendar = new HolidayCalendar(Set.of(LocalDate.of(2025, 11, 3)), Set.of(saturday));

        assertThat(calendar.isNonWorkingDay(saturday)).as("transferred working Saturday").isFalse();
        assertThat(calendar.isNonWorkingDay(saturday.plusDays(1))).as("Sunday").isTrue();
        assertThat(calendar.isNonWorkingDay(saturday.plusDays(2))).as("listed Monday holiday").isTrue();
        assertThat(calendar.isNonWorkingDay(saturday.plusDays(3))).as("ordinary Tuesday").isFalse();
    }

    @Test
    void plusMergesYearsAndNullsMeanNone() {
        HolidayCalendar empty = new HolidayCalendar(null, null);
        assertThat(empty.isNonWorkingDay(LocalDate.of(2026, 1, 5))).isFalse();
        assertThat(empty.plus(RussianCalendar.year2026()).isNonWorkingDay(LocalDate.of(2026, 1, 5))).isTrue();
        assertThat(RussianCalendar.year2026().plus(RussianCalendar.year2027())).isEqualTo(russia);
    }

    @Test
    void aDayCannotBeBothHolidayAndWorkingDay() {
        LocalDate day = LocalDate.of(2026, 6, 12);
        assertThatThrownBy(() -> new HolidayCalendar(Set.of(day), Set.of(day)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
