package com.retention.jobs.demo;

/** An E.164 Russian mobile written the ways people type it: {@code 8 916 123-45-67}, {@code +7(916)1234567}, … */
final class PhoneSpellings {

    private PhoneSpellings() {
    }

    static String spell(String e164, int choice) {
        String nsn = e164.substring(2);
        return switch (Math.floorMod(choice, 4)) {
            case 0 -> "8 " + nsn.substring(0, 3) + " " + nsn.substring(3, 6) + "-" + nsn.substring(6, 8) + "-"
                    + nsn.substring(8);
            case 1 -> "+7(" + nsn.substring(0, 3) + ")" + nsn.substring(3);
            case 2 -> "7" + nsn;
            default -> e164;
        };
    }
}
