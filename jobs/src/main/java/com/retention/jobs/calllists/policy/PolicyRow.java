package com.retention.jobs.calllists.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One candidate of D with every fact the contact policy needs about it, as the policy cursor
 * returns it ({@code PolicyMapper.selectDay}). Filled by MyBatis; read once, then dropped.
 */
public class PolicyRow {
    long candidateId;
    String subscriberId;
    String phone;
    boolean phoneValid;
    String segment;
    String personalManager;
    String zone;
    boolean consentCalls;
    boolean consentSms;
    boolean consentEmail;
    String email;
    String channel;
    String campaign;
    String step;
    BigDecimal value;
    boolean underOutage;
    LocalDate carriedFrom;
    int attempt;
    boolean dnc;
    boolean paused;

    public long candidateId() {
        return candidateId;
    }

    public String subscriberId() {
        return subscriberId;
    }

    public String phone() {
        return phone;
    }

    public boolean dnc() {
        return dnc;
    }

    public boolean paused() {
        return paused;
    }
}
