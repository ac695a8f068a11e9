package com.retention.domain.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaveRequestTest {

    static final Instant T = Instant.parse("2026-11-23T08:00:00Z"); // 11:00 in Moscow

    @Test
    void terminationRequestsAndPortOutsOpenAtTCount() {
        List<Ticket> tickets = List.of(
                new Ticket("CLOSED", "TERMINATION_REQUEST", T.minusSeconds(7200), T.minusSeconds(60)),
                new Ticket("COMPLAINT", "COMPLAINT", T.minusSeconds(9000), null),
                new Ticket("LATER", "TERMINATION_REQUEST", T.plusSeconds(60), null),
                new Ticket("PORT", "PORT_OUT", T.minusSeconds(600), null),
                new Ticket("TERM", "TERMINATION_REQUEST", T.minusSeconds(300), T.plusSeconds(60)));

        assertThat(SaveRequest.openAt(tickets, T)).map(Ticket::id).contains("PORT");
        assertThat(SaveRequest.openAt(tickets.subList(0, 3), T)).isEmpty();
        assertThat(SaveRequest.openAt(tickets.subList(0, 3), T.plusSeconds(120))).map(Ticket::id).contains("LATER");
        assertThat(SaveRequest.categories()).containsExactly("PORT_OUT", "TERMINATION_REQUEST");
    }
}
