package com.retention.jobs.ingest.parse;

import com.retention.domain.phones.PhoneNormalizer;
import com.retention.domain.phones.PhoneResult;
import com.retention.jobs.ingest.read.SourceRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row's cells read by the rules of the README "Input files". Each accessor returns the value in
 * the canonical text the upsert casts ({@code 2026-11-21}, {@code 1234.56}, an ISO instant,
 * E.164) or null, and records a {@link Reject} instead of throwing when a cell breaks a rule.
 */
public final class RowValues {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> YES = Set.of("Y", "YES", "TRUE", "1", "Д", "ДА");
    private static final Set<String> NO = Set.of("N", "NO", "FALSE", "0", "Н", "НЕТ");
    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private final SourceRow row;
    private final TimeParser time;
    private final PhoneNormalizer phones;
    private final List<Reject> rejects = new ArrayList<>(0);

    public RowValues(SourceRow row, ZoneId operatorZone, PhoneNormalizer phones) {
        this.row = row;
        this.time = new TimeParser(operatorZone);
        this.phones = phones;
    }

    public List<Reject> rejects() {
        return rejects;
    }

    public long rowNumber() {
        return row.rowNumber();
    }

    /** Text, stripped; null when empty. A required one that is empty is a reject. */
    public String text(String column, boolean required) {
        String text = CellText.of(row.cell(column));
        if (text == null && required) {
            reject(column, null, "missing required value");
        }
        return text;
    }

    /** A non-negative decimal that fits numeric(precision, scale). */
    public String decimal(String column, boolean required, int integerDigits) {
        BigDecimal value = number(column, required, integerDigits);
        return value == null ? null : value.toPlainString();
    }

    public BigDecimal number(String column, boolean required, int integerDigits) {
        return parsed(column, required, cell -> {
            BigDecimal value = NumberParser.parse(cell);
            if (value.signum() < 0) {
                throw new BadValueException("must not be negative");
            }
            if (value.precision() - value.scale() > integerDigits) {
                throw new BadValueException("too large");
            }
            return value;
        });
    }

    public String wholeNumber(String column) {
        BigDecimal value = number(column, false, 9);
        if (value != null && value.stripTrailingZeros().scale() > 0) {
            reject(column, row.cell(column), "must be a whole number");
            return null;
        }
        return value == null ? null : value.toBigInteger().toString();
    }

    public String date(String column, boolean required) {
        LocalDate date = localDate(column, required);
        return date == null ? null : date.toString();
    }

    public LocalDate localDate(String column, boolean required) {
        return parsed(column, required, time::date);
    }

    public Instant timestamp(String column, boolean required) {
        return parsed(column, required, time::timestamp);
    }

    public String month(String column) {
        return parsed(column, true, cell -> time.month(cell).toString());
    }

    /** A phone in E.164; a numeric cell goes through the number, never its 7.916E10 text. */
    public String phone(String column, boolean required) {
        Object cell = row.cell(column);
        if (CellText.of(cell) == null) {
            return missing(column, required);
        }
        PhoneResult result = cell instanceof Double d ? phones.normalize(d) : phones.normalize(CellText.of(cell));
        if (!result.isValid()) {
            reject(column, cell, "bad phone: " + result.reason().orElse("not a phone number"));
            return null;
        }
        return result.e164().orElseThrow();
    }

    /** Y/N (also yes/no, true/false, 1/0, да/нет); empty gives the default. */
    public String yesNo(String column, boolean defaultValue) {
        Object cell = row.cell(column);
        if (cell instanceof Boolean b) {
            return b.toString();
        }
        String text = CellText.of(cell);
        if (text == null) {
            return Boolean.toString(defaultValue);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (YES.contains(upper)) {
            return "true";
        }
        if (NO.contains(upper)) {
            return "false";
        }
        reject(column, cell, "must be Y or N");
        return null;
    }

    /** One of the codes, matched case-insensitively and stored as the code is spelled; empty gives the default. */
    public String code(String column, boolean required, String defaultValue, List<String> codes) {
        String text = text(column, required && defaultValue == null);
        if (text == null) {
            return defaultValue;
        }
        for (String code : codes) {
            if (code.equalsIgnoreCase(text)) {
                return code;
            }
        }
        reject(column, text, "unknown code; expected one of " + String.join(", ", codes));
        return null;
    }

    /** A tariff allowance: empty = none included (0), {@code unlimited} = NULL. */
    public String allowance(String column) {
        String text = CellText.of(row.cell(column));
        if (text == null) {
            return "0";
        }
        if (text.equalsIgnoreCase("unlimited") || text.equalsIgnoreCase("безлимит")) {
            return null;
        }
        return decimal(column, false, 10);
    }

    public String timezone(String column) {
        String text = text(column, false);
        if (text == null) {
            return null;
        }
        if (ZONES.contains(text)) {
            return text;
        }
        reject(column, text, "not an IANA time zone name such as Europe/Moscow");
        return null;
    }

    public String email(String column) {
        String text = text(column, false);
        if (text != null && !EMAIL.matcher(text).matches()) {
            reject(column, text, "not an e-mail address");
            return null;
        }
        return text;
    }

    /** Records a rule broken across columns, or by a value the kind checks itself. */
    public void reject(String column, Object cell, String reason) {
        rejects.add(new Reject(row.rowNumber(), column, CellText.of(cell), reason));
    }

    public Object cell(String column) {
        return row.cell(column);
    }

    /** The file's columns, as its header names them (lowercase). */
    public List<String> columns() {
        return row.header().names();
    }

    /** The cell read by {@code parser}; empty is missing, a {@link BadValueException} a reject. */
    private <T> T parsed(String column, boolean required, CellParser<T> parser) {
        Object cell = row.cell(column);
        if (CellText.of(cell) == null) {
            return missing(column, required);
        }
        try {
            return parser.parse(cell);
        } catch (BadValueException e) {
            return bad(column, cell, e);
        }
    }

    private <T> T missing(String column, boolean required) {
        if (required) {
            reject(column, null, "missing required value");
        }
        return null;
    }

    private <T> T bad(String column, Object cell, BadValueException e) {
        reject(column, cell, e.getMessage());
        return null;
    }

    /** Reads a non-empty cell or says which rule it breaks. */
    @FunctionalInterface
    private interface CellParser<T> {
        T parse(Object cell) throws BadValueException;
    }
}
