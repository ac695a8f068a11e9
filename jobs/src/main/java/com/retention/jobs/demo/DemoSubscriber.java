package com.retention.jobs.demo;

import java.time.LocalDate;

/**
 * One generated subscriber: the subscriber row, plus the usage habits the usage and billing passes
 * regenerate from ({@code minutes}, {@code sms}, {@code dataGb} per month, and {@code dropper}:
 * last month's usage fell sharply). {@code phoneOwner} is false for a line using a family member's phone.
 */
public record DemoSubscriber(int index, String subscriberId, String accountId, String fullName, String phone,
        DemoTariff tariff, String areaCode, String timezone, String status, LocalDate activatedOn,
        LocalDate tariffSince, LocalDate terminatedOn, String segment, String email, String language,
        boolean consentCalls, boolean consentSms, boolean consentEmail, String personalManager,
        double minutes, double sms, double dataGb, boolean dropper, boolean phoneOwner) {

    static String id(int index) {
        return String.format(java.util.Locale.ROOT, "S%07d", index + 1);
    }
}
