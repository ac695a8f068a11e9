package com.retention.jobs.calllists.candidates;

import com.retention.domain.dunning.PaymentDueNotice;
import com.retention.domain.tickets.TicketFollowUp;
import com.retention.jobs.calllists.CallListDay;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The windows of the PAYMENT_DUE and TICKET_RESOLVED statements for D as the domain's rules give
 * them ({@code #{windows.…}} in {@code CandidateMapper.xml}): invoices due in
 * {@code paymentDueFrom..paymentDueTo}, issued and paid as of {@code paymentDueAsOf}; tickets closed
 * from {@code ticketsClosedFrom} until the reference time.
 */
public record NoticeWindows(LocalDate paymentDueFrom, LocalDate paymentDueTo, LocalDate paymentDueAsOf,
                     OffsetDateTime ticketsClosedFrom) {

    public static NoticeWindows of(CallListDay day, PaymentDueNotice paymentDue, TicketFollowUp ticketFollowUp) {
        return new NoticeWindows(paymentDue.dueFrom(day.date()), paymentDue.dueTo(day.date()), day.date().minusDays(1),
                OffsetDateTime.ofInstant(ticketFollowUp.closedFrom(day.referenceTime().toInstant()), ZoneOffset.UTC));
    }
}
