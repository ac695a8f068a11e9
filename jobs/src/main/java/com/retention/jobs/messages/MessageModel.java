package com.retention.jobs.messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a message or call script may say about one subscriber. Only the subscriber's language,
 * zone and name are always there; each campaign fills its own group (offer, debt, outage,
 * marketing) and leaves the rest {@code null}. See {@code templates/README.md} for the variables
 * each group becomes.
 *
 * @param language  {@code ru} or {@code en}
 * @param zone      the subscriber's local time zone (of their area): outage times are shown in it
 */
public record MessageModel(
        String language,
        ZoneId zone,
        String fullName,
        String currentTariff,
        String offerTariff,
        BigDecimal monthlySaving,
        LocalDate offerValidUntil,
        BigDecimal overdueAmount,
        Integer daysPastDue,
        LocalDate dueDate,
        Instant outageStartsAt,
        Instant outageEndsAt,
        String campaign,
        String note) {

    public MessageModel {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(fullName, "fullName");
        if (!MessageFormats.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no messages in language '" + language + "' (ru, en)");
        }
    }

    public static Builder builder(String language, ZoneId zone, String fullName) {
        return new Builder(language, zone, fullName);
    }

    /** Fills one campaign's group at a time, so a job sets only what it knows. */
    public static final class Builder {
        private final String language;
        private final ZoneId zone;
        private final String fullName;
        private String currentTariff;
        private String offerTariff;
        private BigDecimal monthlySaving;
        private LocalDate offerValidUntil;
        private BigDecimal overdueAmount;
        private Integer daysPastDue;
        private LocalDate dueDate;
        private Instant outageStartsAt;
        private Instant outageEndsAt;
        private String campaign;
        private String note;

        private Builder(String language, ZoneId zone, String fullName) {
            this.language = language;
            this.zone = zone;
            this.fullName = fullName;
        }

        public Builder offer(String currentTariff, String offerTariff, BigDecimal monthlySaving, LocalDate validUntil) {
            this.currentTariff = currentTariff;
            this.offerTariff = offerTariff;
            this.monthlySaving = monthlySaving;
            this.offerValidUntil = validUntil;
            return this;
        }

        public Builder debt(BigDecimal overdueAmount, int daysPastDue, LocalDate oldestDueOn) {
            this.overdueAmount = overdueAmount;
            this.daysPastDue = daysPastDue;
            this.dueDate = oldestDueOn;
            return this;
        }

        /** An invoice about to fall due: what is still open of it and its due date (no days past due). */
        public Builder paymentDue(BigDecimal open, LocalDate dueOn) {
            this.overdueAmount = open;
            this.dueDate = dueOn;
            return this;
        }

        /** @param endsAt the end if it is known: the expected end, or the real one once restored */
        public Builder outage(Instant startsAt, Instant endsAt) {
            this.outageStartsAt = startsAt;
            this.outageEndsAt = endsAt;
            return this;
        }

        /** A marketing list's campaign code, the tariff it offers and its note (each may be null). */
        public Builder marketing(String campaign, String offerTariff, String note) {
            this.campaign = campaign;
            if (offerTariff != null) {
                this.offerTariff = offerTariff;
            }
            this.note = note;
            return this;
        }

        public MessageModel build() {
            return new MessageModel(language, zone, fullName, currentTariff, offerTariff, monthlySaving,
                    offerValidUntil, overdueAmount, daysPastDue, dueDate, outageStartsAt, outageEndsAt, campaign, note);
        }
    }
}
