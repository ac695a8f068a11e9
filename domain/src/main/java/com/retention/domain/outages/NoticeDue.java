package com.retention.domain.outages;

import com.retention.domain.common.Channel;

/** One notice to give a subscriber about an outage; team is null for SMS. */
public record NoticeDue(NoticeKind kind, Channel channel, String team) {

    static NoticeDue sms(NoticeKind kind) {
        return new NoticeDue(kind, Channel.SMS, null);
    }

    static NoticeDue call(NoticeKind kind, String team) {
        return new NoticeDue(kind, Channel.CALL, team);
    }
}
