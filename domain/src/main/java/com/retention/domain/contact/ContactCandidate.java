package com.retention.domain.contact;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One contact some campaign step wants to make on the business date; the common shape every
 * campaign writes and the policy reads. {@code candidateId} is unique per business date and is how
 * a decision is joined back. For MARKETING the step is the target list's campaign_code.
 *
 * @param phone            E.164, or null when the subscriber has none
 * @param phoneValid       false when the phone is known bad (e.g. an earlier WRONG_NUMBER)
 * @param personalManager  the VIP's or B2B client's manager, or null
 * @param expectedValue    monthly revenue x churn score, or the overdue amount for dunning
 * @param underOpenOutage  the subscriber is covered by an outage open at the reference time
 * @param carriedOverFrom  the business date this candidate was first due, when carried over, else null
 * @param attempt          1 for a first call, 2.. for retries
 */
public record ContactCandidate(
        String candidateId,
        String subscriberId,
        String phone,
        boolean phoneValid,
        Segment segment,
        String personalManager,
        ZoneId zone,
        boolean consentCalls,
        boolean consentSms,
        boolean consentEmail,
        String email,
        Channel channel,
        Campaign campaign,
        String step,
        BigDecimal expectedValue,
        boolean underOpenOutage,
        LocalDate carriedOverFrom,
        int attempt) {

    public ContactCandidate {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(step, "step");
        expectedValue = expectedValue == null ? BigDecimal.ZERO : expectedValue;
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1: " + attempt);
        }
    }

    /** The save desk's call to a subscriber who asked to leave ({@link SaveCall}). */
    public boolean isSave() {
        return SaveCall.is(campaign, step);
    }

    /** Rank in the day's contests and on a list, higher first ({@link SaveCall#priority}). */
    public int priority() {
        return SaveCall.priority(campaign, step);
    }

    /** A usable phone: present and not known bad. */
    public boolean hasUsablePhone() {
        return phoneValid && phone != null && !phone.isBlank();
    }

    /**
     * This contact postponed to a later day: a new id, and carried over from the date it was first
     * due (kept when it was carried before, so the oldest stays first in line).
     */
    public ContactCandidate carriedOver(String nextCandidateId, LocalDate dueDate) {
        return new ContactCandidate(nextCandidateId, subscriberId, phone, phoneValid, segment, personalManager, zone,
                consentCalls, consentSms, consentEmail, email, channel, campaign, step, expectedValue,
                underOpenOutage, carriedOverFrom != null ? carriedOverFrom : dueDate, attempt);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** For building candidates field by field (row mappers, tests); defaults: valid phone, B2C, first attempt. */
    public static final class Builder {
        private String candidateId;
        private String subscriberId;
        private String phone;
        private boolean phoneValid = true;
        private Segment segment = Segment.B2C;
        private String personalManager;
        private ZoneId zone = ZoneId.of("Europe/Moscow");
        private boolean consentCalls;
        private boolean consentSms = true;
        private boolean consentEmail;
        private String email;
        private Channel channel = Channel.CALL;
        private Campaign campaign = Campaign.RETENTION;
        private String step = "SAVING";
        private BigDecimal expectedValue = BigDecimal.ZERO;
        private boolean underOpenOutage;
        private LocalDate carriedOverFrom;
        private int attempt = 1;

        public Builder candidateId(String v) { candidateId = v; return this; }
        public Builder subscriberId(String v) { subscriberId = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder phoneValid(boolean v) { phoneValid = v; return this; }
        public Builder segment(Segment v) { segment = v; return this; }
        public Builder personalManager(String v) { personalManager = v; return this; }
        public Builder zone(ZoneId v) { zone = v; return this; }
        public Builder consentCalls(boolean v) { consentCalls = v; return this; }
        public Builder consentSms(boolean v) { consentSms = v; return this; }
        public Builder consentEmail(boolean v) { consentEmail = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder campaign(Campaign v) { campaign = v; return this; }
        public Builder step(String v) { step = v; return this; }
        public Builder expectedValue(BigDecimal v) { expectedValue = v; return this; }
        public Builder underOpenOutage(boolean v) { underOpenOutage = v; return this; }
        public Builder carriedOverFrom(LocalDate v) { carriedOverFrom = v; return this; }
        public Builder attempt(int v) { attempt = v; return this; }

        public ContactCandidate build() {
            return new ContactCandidate(candidateId, subscriberId, phone, phoneValid, segment, personalManager, zone,
                    consentCalls, consentSms, consentEmail, email, channel, campaign, step, expectedValue,
                    underOpenOutage, carriedOverFrom, attempt);
        }
    }
}
