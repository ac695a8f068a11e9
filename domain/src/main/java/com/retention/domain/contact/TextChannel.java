package com.retention.domain.contact;

import com.retention.domain.common.Channel;
import java.util.function.BooleanSupplier;

/**
 * Which channel carries a text notice (README: the SMS/e-mail outbox): SMS to a number that can
 * receive it; to a landline, where an SMS never arrives, the same text goes by e-mail. The contact
 * policy then applies the e-mail rules (an address needed; consent unless it is a service notice).
 */
public final class TextChannel {

    private TextChannel() {
    }

    /**
     * The channel a candidate planned as {@code planned} takes; whether its number receives SMS is
     * asked only for an SMS (it means parsing the number).
     */
    public static Channel of(Channel planned, BooleanSupplier numberReceivesSms) {
        return planned == Channel.SMS && !numberReceivesSms.getAsBoolean() ? Channel.EMAIL : planned;
    }
}
