package com.retention.domain.outcomes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome codes of the README "Outcome codes and what follows", each with what it does to its
 * task and to the rest of the data. The SQL that applies them follows these answers.
 */
public enum OutcomeCode {
    /** Offer accepted: a tariff-change order; the offer ACCEPTED. */
    ACCEPTED,
    /** Offer declined: the offer DECLINED. */
    DECLINED,
    /** Asked to be called at callback_at: the task stays open until the callback is listed. */
    CALLBACK,
    /** Not reached: retried in the next calling window while attempts remain. */
    NO_ANSWER,
    BUSY,
    /** A message left: retried the next day while attempts remain. */
    VOICEMAIL,
    /** Not this subscriber: the phone is marked invalid. */
    WRONG_NUMBER,
    /** Asked never to be called: the phone goes on the DNC list. */
    DO_NOT_CALL,
    /** Will pay promise_amount by promise_date: dunning paused (DunningPause, retention.dunning.promise-grace-days). */
    PROMISE_TO_PAY,
    /** Says already paid: dunning paused for the payment to arrive (retention.dunning.paid-pause-days). */
    PAID,
    /** Notice delivered: closed. */
    NOTIFIED,
    /** Complaint raised: the escalation file; no sales call for 30 days. */
    COMPLAINT;

    /** A task is called at most this many times (the first call and two retries). */
    public static final int MAX_ATTEMPTS = 3;

    /** The codes as the outcome column's drop-down lists them. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The code a person typed, in any case and with spaces or hyphens for underscores. */
    public static Optional<OutcomeCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(key)).findFirst();
    }

    /** Not reached: the candidates step makes a retry with attempt + 1 while attempts remain. */
    public boolean isRetry() {
        return this == NO_ANSWER || this == BUSY || this == VOICEMAIL;
    }

    /**
     * The call reached the subscriber: not a retry, not someone else. The report's reach rate and the
     * quality sample count these.
     */
    public boolean reachedSubscriber() {
        return !isRetry() && this != WRONG_NUMBER;
    }

    /** Whether the task stays OPEN (a follow-up will be listed) after this outcome on the given attempt. */
    public boolean keepsTaskOpen(int attempt) {
        return this == CALLBACK || (isRetry() && attempt < MAX_ATTEMPTS);
    }

    public boolean requiresOffer() {
        return this == ACCEPTED;
    }

    public boolean requiresPromiseDate() {
        return this == PROMISE_TO_PAY;
    }

    public boolean requiresCallbackTime() {
        return this == CALLBACK;
    }
}
