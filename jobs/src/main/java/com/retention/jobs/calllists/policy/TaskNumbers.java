package com.retention.jobs.calllists.policy;

/** The 6-digit sequence of task and notification ids, without a Formatter per row. */
final class TaskNumbers {

    private TaskNumbers() {
    }

    static String sixDigits(long n) {
        String digits = Long.toString(n);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }
}
