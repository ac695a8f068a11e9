package com.retention.jobs.demo;

/** Plain decimal text for amounts and quantities, with the decimal separator a file wants. */
final class DemoNumbers {

    private DemoNumbers() {
    }

    static String money(long kopecks, char separator) {
        long units = kopecks / 100;
        long cents = Math.abs(kopecks % 100);
        return units + String.valueOf(separator) + (cents < 10 ? "0" : "") + cents;
    }

    static String fixed(double value, int places, char separator) {
        long scale = (long) Math.pow(10, places);
        long scaled = Math.round(value * scale);
        if (places == 0) {
            return Long.toString(scaled);
        }
        String fraction = Long.toString(Math.abs(scaled % scale));
        return (scaled / scale) + String.valueOf(separator) + "0".repeat(places - fraction.length()) + fraction;
    }
}
