package com.retention.domain.dunning;

import com.retention.domain.common.Channel;

/** The dunning ladder; the channel says who acts: an SMS, an agent's call, or collections via hand-over. */
public enum DunningStep {
    REMINDER_SMS(Channel.SMS),
    REMINDER_CALL(Channel.CALL),
    SUSPENSION_WARNING(Channel.CALL),
    COLLECTIONS(Channel.HANDOVER);

    private final Channel channel;

    DunningStep(Channel channel) {
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }

    public boolean isCall() {
        return channel == Channel.CALL;
    }
}
