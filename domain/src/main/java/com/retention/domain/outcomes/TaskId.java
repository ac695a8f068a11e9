package com.retention.domain.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** A call task's id, {@code yyyyMMdd-nnnnnn}: the date of the list it belongs to, then its number. */
public final class TaskId {

    private static final Pattern FORM = Pattern.compile("\\d{8}-\\d{6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private TaskId() {
    }

    public static boolean isWellFormed(String taskId) {
        return listDate(taskId).isPresent();
    }

    /** The list date the id carries; empty when the text is not a task id. */
    public static Optional<LocalDate> listDate(String taskId) {
        if (taskId == null || !FORM.matcher(taskId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(taskId.substring(0, 8), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String of(LocalDate listDate, int number) {
        return DAY.format(listDate) + "-" + String.format("%06d", number);
    }
}
