package com.retention.domain.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketFollowUpTest {

    static final Instant T = Instant.parse("2026-11-21T21:00:00Z"); // D 00:00 in Moscow
    private final TicketFollowUp followUp = new TicketFollowUp(TicketFollowUpRules.defaults());

    static Ticket closed(String id, String category, Duration closedBeforeT) {
        Instant closedAt = T.minus(closedBeforeT);
        return new Ticket(id, category, closedAt.minus(Duration.ofHours(5)), closedAt);
    }

    private List<String> due(List<Ticket> tickets, Set<String> notified) {
        return followUp.due(T, tickets, notified).stream().map(Ticket::id).toList();
    }

    @Test
    void onlyServiceTroubleClosedWithinTheDaysBeforeT() {
        List<Ticket> tickets = List.of(
                closed("NS", "NO_SERVICE", Duration.ofHours(2)),
                closed("SS", "SLOW_SPEED", Duration.ofDays(3)),
                closed("OLD", "NO_SERVICE", Duration.ofDays(3).plusSeconds(1)),
                closed("BILL", "BILLING", Duration.ofHours(2)),
                closed("CMP", "COMPLAINT", Duration.ofHours(2)),
                new Ticket("LATER", "NO_SERVICE", T.plusSeconds(10), T.plusSeconds(100)));

        assertThat(due(tickets, Set.of())).containsExactly("SS", "NS");
        assertThat(followUp.closedFrom(T)).isEqualTo(T.minus(Duration.ofDays(3)));
    }

    @Test
    void aTicketThatHadItsFollowUpGetsNoOther() {
        assertThat(due(List.of(closed("NS", "NO_SERVICE", Duration.ofHours(2))), Set.of("NS"))).isEmpty();
    }

    @Test
    void nothingWhileAnotherServiceTicketIsOpen() {
        Ticket fixed = closed("NS", "NO_SERVICE", Duration.ofHours(2));
        Ticket open = new Ticket("AGAIN", "SLOW_SPEED", T.minus(Duration.ofHours(1)), null);
        Ticket billing = new Ticket("BILL", "BILLING", T.minus(Duration.ofHours(1)), null);
        Ticket closesAfterT = new Ticket("LATE", "NO_SERVICE", T.minus(Duration.ofHours(1)), T.plusSeconds(60));

        assertThat(due(List.of(fixed, open), Set.of())).isEmpty();
        assertThat(due(List.of(fixed, closesAfterT), Set.of())).isEmpty();
        assertThat(due(List.of(fixed, billing), Set.of())).containsExactly("NS");
    }

    @Test
    void rulesRefuseNonsense() {
        assertThatThrownBy(() -> new TicketFollowUpRules(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
