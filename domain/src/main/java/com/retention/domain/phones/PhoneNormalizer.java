package com.retention.domain.phones;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Normalises phones as typed in imports (text or spreadsheet numeric cells) to E.164,
 * accepting only valid numbers of one region (RU by default).
 * Thread-safe: PhoneNumberUtil is a thread-safe singleton and this class holds no state.
 */
public final class PhoneNormalizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;

    public PhoneNormalizer(String region) {
        this.region = Objects.requireNonNull(region, "region");
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("unknown phone region " + region);
        }
    }

    public static PhoneNormalizer russian() {
        return new PhoneNormalizer("RU");
    }

    public String region() {
        return region;
    }

    /** Parses a phone as text: {@code 8 916 123-45-67}, {@code +7(916)1234567}, {@code 79161234567}, {@code 9161234567}. */
    public PhoneResult normalize(String text) {
        if (text == null || text.isBlank()) {
            return PhoneResult.invalid("phone is empty");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(text.strip(), region);
        } catch (NumberParseException e) {
            return PhoneResult.invalid("not a phone number: " + describe(e.getErrorType()));
        }
        if (number.hasExtension()) {
            // A dialer cannot dial an extension; silently dropping it would call the switchboard.
            return PhoneResult.invalid("phone has an extension");
        }
        if (!UTIL.isValidNumber(number)) {
            return PhoneResult.invalid("not a valid phone number");
        }
        String numberRegion = UTIL.getRegionCodeForNumber(number);
        // +7 is shared by Russia and Kazakhstan: the country code alone does not make a number Russian.
        if (!region.equals(numberRegion)) {
            return PhoneResult.invalid("not a " + region + " number (" + numberRegion + ")");
        }
        return PhoneResult.valid(UTIL.format(number, PhoneNumberFormat.E164));
    }

    /**
     * Whether a number can receive SMS: libphonenumber's type is MOBILE (or FIXED_LINE_OR_MOBILE, where the
     * numbering plan cannot tell). A landline, a toll-free number or anything unparsable cannot.
     */
    public boolean canReceiveSms(String e164) {
        if (e164 == null || e164.isBlank()) {
            return false;
        }
        try {
            PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(UTIL.parse(e164, region));
            return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * Parses a phone typed into a spreadsheet numeric cell. Goes through BigDecimal so that
     * 79161234567.0 becomes "79161234567", never "7.9161234567E10".
     */
    public PhoneResult normalize(double numericCell) {
        if (!Double.isFinite(numericCell) || numericCell <= 0) {
            return PhoneResult.invalid("not a phone number: " + numericCell);
        }
        BigDecimal exact = new BigDecimal(numericCell);
        if (exact.signum() <= 0 || exact.stripTrailingZeros().scale() > 0) {
            return PhoneResult.invalid("not a phone number: has a fraction");
        }
        return normalize(exact.toBigIntegerExact().toString());
    }

    /** Parses a phone held as a whole number (a numeric cell read as long). */
    public PhoneResult normalize(long numericCell) {
        if (numericCell <= 0) {
            return PhoneResult.invalid("not a phone number: " + numericCell);
        }
        return normalize(Long.toString(numericCell));
    }

    private static String describe(NumberParseException.ErrorType type) {
        return switch (type) {
            case INVALID_COUNTRY_CODE -> "unknown country code";
            case NOT_A_NUMBER -> "no digits to read";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
            case TOO_LONG -> "too long";
        };
    }
}
