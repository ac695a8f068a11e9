package com.retention.jobs.calllists.policy;

/** The sequence of task and notification ids, six digits or more, without a Formatter per row. */
final class TaskNumbers {

    private TaskNumbers() {
    }

    static String sixDigits(long n) {
        String digits = Long.toString(n);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }
}
