package com.retention.domain.outages;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;
import java.util.EnumSet;
import java.util.Set;

/**
 * Outage notices; each goes to a subscriber at most once per outage. Each kind also says how it
 * reaches a subscriber of each segment: the call lists make one contact per channel.
 */
public enum NoticeKind {
    /** Planned works ahead: an SMS to everyone covered, and a call for B2B and VIP. */
    PRE_NOTICE,
    INCIDENT,
    RESTORED,
    /** After a long outage: a call (the HIGH band is the policy's business). */
    APOLOGY;

    /** The channels this notice goes by to a subscriber of {@code segment}. */
    public Set<Channel> channels(Segment segment) {
        return switch (this) {
            case PRE_NOTICE -> segment == Segment.B2C ? EnumSet.of(Channel.SMS) : EnumSet.of(Channel.SMS, Channel.CALL);
            case INCIDENT, RESTORED -> EnumSet.of(Channel.SMS);
            case APOLOGY -> EnumSet.of(Channel.CALL);
        };
    }
}
