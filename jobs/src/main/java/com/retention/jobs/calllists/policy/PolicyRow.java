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
    /** The subscriber's latest COMPLAINT day within the cool-off's reach, else null. */
    LocalDate lastComplaint;
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

    public LocalDate lastComplaint() {
        return lastComplaint;
    }

    public boolean dnc() {
        return dnc;
    }

    public boolean paused() {
        return paused;
    }
}
