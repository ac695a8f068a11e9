package com.retention.jobs.demo;

import java.time.LocalDate;

/**
 * One tariff of the demo catalogue. Allowances: {@code null} = unlimited, 0 = none included.
 * Prices in currency units, fees in whole units.
 */
public record DemoTariff(String code, String name, int monthlyFee, boolean legacy, String technology, String segment,
        Integer includedMinutes, Integer includedSms, Integer includedDataGb, double minutePrice, double smsPrice,
        double gbPrice, Integer speedMbps, LocalDate launchedOn, LocalDate closedOn) {

    public String status() {
        return legacy ? "LEGACY" : "ACTIVE";
    }

    public boolean mobile() {
        return "MOBILE".equals(technology);
    }

    /** Money billed for one month of usage on this tariff, in kopecks. */
    long costKopecks(double minutes, double sms, double dataGb) {
        double overage = over(minutes, includedMinutes) * minutePrice + over(sms, includedSms) * smsPrice
                + over(dataGb, includedDataGb) * gbPrice;
        return monthlyFee * 100L + Math.round(overage * 100);
    }

    private static double over(double used, Integer included) {
        return included == null ? 0 : Math.max(0, used - included);
    }
}
