package com.retention.jobs.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The day the call lists page shows: an ISO date from the date picker. */
final class CallListsDay {

    private CallListsDay() {
    }

    static Optional<LocalDate> parse(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
