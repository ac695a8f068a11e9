package com.retention.jobs.model;

import com.retention.domain.scoring.ChargeHistory;
import com.retention.domain.scoring.ChurnSignals;
import com.retention.jobs.errors.UserInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which columns of an external file hold the facts the rule score reads ({@code --mapping
 * fact=COLUMN,...}; README, "model evaluate"), so the rule score is measured on the same rows as the
 * model. A fact not mapped is unknown and its signal cannot fire. A mapped column's cells must be
 * numbers (yes/no, true/false, 1/0 for the flags); a blank cell is unknown.
 */
public final class RuleFactsMapping {

    /** The facts a file may map, with what each means. */
    static final Map<String, String> FACTS = facts();

    private final Map<String, Integer> columns;

    private RuleFactsMapping(Map<String, Integer> columns) {
        this.columns = columns;
    }

    public static RuleFactsMapping parse(String mapping, LabelledFile file) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return new RuleFactsMapping(columns);
        }
        for (String pair : mapping.split(",")) {
            String[] kv = pair.split("=", 2);
            String fact = kv[0].strip();
            if (kv.length != 2 || !FACTS.containsKey(fact)) {
                throw new UserInputException("--mapping takes fact=COLUMN pairs separated by commas, facts "
                        + String.join(", ", FACTS.keySet()) + " (got '" + pair.strip() + "')");
            }
            int index = file.indexOf(kv[1].strip());
            if (index < 0) {
                throw new UserInputException("cannot evaluate " + file.name() + ": --mapping " + fact + "=" + kv[1].strip()
                        + " names no column of the file");
            }
            columns.put(fact, index);
        }
        return new RuleFactsMapping(columns);
    }

    /** The facts this mapping gives the rule score (the columns stay features of the model too). */
    public Set<String> mappedFacts() {
        return Collections.unmodifiableSet(columns.keySet());
    }

    /** The rule score's facts for one row as of D (tenure in months counted back from D). */
    public ChurnSignals signals(List<String> row, long rowNumber, LocalDate d) {
        Double tenure = number(row, "tenure-months", rowNumber);
        Double last = number(row, "last-month-charge", rowNumber);
        Double total = number(row, "total-charges", rowNumber);
        ChargeHistory charges = ChargeHistory.unknown();
        // the lifetime average before the last month stands for the three months before it, as in the README
        if (tenure != null && tenure >= 4 && last != null && total != null) {
            BigDecimal earlier = BigDecimal.valueOf(total).subtract(BigDecimal.valueOf(last))
                    .divide(BigDecimal.valueOf(tenure.longValue() - 1), 2, RoundingMode.HALF_UP);
            charges = new ChargeHistory(BigDecimal.valueOf(last), Collections.nCopies(3, earlier));
        }
        Double saving = number(row, "saving-share", rowNumber);
        Double tickets = number(row, "tickets", rowNumber);
        Double outageHours = number(row, "outage-hours", rowNumber);
        Double daysLate = number(row, "max-days-late", rowNumber);
        LocalDate activated = tenure == null ? LocalDate.MIN : d.minusMonths(Math.max(0, tenure.longValue()));
        return new ChurnSignals(flag(row, "legacy-tariff", rowNumber),
                saving == null ? BigDecimal.ZERO : BigDecimal.valueOf(saving), charges,
                tickets == null ? 0 : Math.max(0, tickets.intValue()), flag(row, "complaint", rowNumber),
                outageHours == null ? 0 : Math.max(0, Math.round(outageHours * 60)), flag(row, "overdue", rowNumber),
                daysLate == null ? 0 : Math.max(0, daysLate.intValue()), activated,
                flag(row, "termination-request", rowNumber));
    }

    private Double number(List<String> row, String fact, long rowNumber) {
        Integer index = columns.get(fact);
        if (index == null || row.get(index).isEmpty()) {
            return null;
        }
        Double value = FileFeatures.number(row.get(index));
        if (value == null) {
            throw new UserInputException("cannot evaluate: row " + rowNumber + " has '" + row.get(index)
                    + "' for " + fact + ", not a number");
        }
        return value;
    }

    private boolean flag(List<String> row, String fact, long rowNumber) {
        Integer index = columns.get(fact);
        if (index == null) {
            return false;
        }
        String cell = row.get(index).toLowerCase(java.util.Locale.ROOT);
        return switch (cell) {
            case "", "no", "n", "false", "0" -> false;
            case "yes", "y", "true", "1" -> true;
            default -> throw new UserInputException("cannot evaluate: row " + rowNumber + " has '" + row.get(index)
                    + "' for " + fact + ", not yes/no");
        };
    }

    private static Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("tenure-months", "months since activation (SHORT_TENURE)");
        f.put("last-month-charge", "last month's charge (USAGE_DROP, with total-charges)");
        f.put("total-charges", "charges over the whole tenure (USAGE_DROP)");
        f.put("legacy-tariff", "on a tariff no longer sold (LEGACY_TARIFF)");
        f.put("saving-share", "share a current tariff would save (OVERPAYING)");
        f.put("tickets", "tickets in the last 90 days (COMPLAINTS)");
        f.put("complaint", "a COMPLAINT ticket in the last 90 days (COMPLAINTS)");
        f.put("outage-hours", "hours of outage in the last 90 days (OUTAGE_HIT)");
        f.put("overdue", "money overdue now (LATE_PAYER)");
        f.put("max-days-late", "most days a payment was late in the last 90 days (LATE_PAYER)");
        f.put("termination-request", "an open request to leave (TERMINATION_REQUEST)");
        return Collections.unmodifiableMap(f);
    }
}
