package com.retention.domain.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Night after night (what each sent is remembered): a ticket is followed up at most once, only after it
 * closed and only if it is a service ticket; one closed while nothing else was open gets its one
 * follow-up on the first night after it closed.
 */
class TicketFollowUpProperties {

    private static final Instant START = Instant.parse("2026-11-01T21:00:00Z");
    private static final String[] CATEGORIES = {"NO_SERVICE", "SLOW_SPEED", "BILLING", "COMPLAINT", "OTHER"};

    @Property
    void atMostOncePerTicketAndOnlyOnceClosed(@ForAll("tickets") List<Ticket> tickets,
                                              @ForAll @IntRange(min = 1, max = 4) int days) {
        TicketFollowUp followUp = new TicketFollowUp(new TicketFollowUpRules(days));
        Set<String> notified = new HashSet<>();
        for (int night = 0; night < 30; night++) {
            Instant t = START.plus(Duration.ofDays(night));
            for (Ticket ticket : followUp.due(t, tickets, notified)) {
                assertThat(notified.add(ticket.id())).as("followed up twice: %s", ticket.id()).isTrue();
                assertThat(TicketFollowUp.CATEGORIES).contains(ticket.category());
                assertThat(ticket.closedAt()).isBefore(t);
            }
        }
        boolean anyServiceTicketOpen = tickets.stream()
                .anyMatch(x -> TicketFollowUp.CATEGORIES.contains(x.category()) && x.closedAt() == null);
        if (!anyServiceTicketOpen && tickets.size() == 1) {
            Ticket only = tickets.get(0);
            boolean closedInTime = TicketFollowUp.CATEGORIES.contains(only.category())
                    && !only.closedAt().isBefore(START.minus(Duration.ofDays(days))) && only.closedAt().isBefore(START.plus(Duration.ofDays(29)));
            assertThat(notified.contains(only.id())).isEqualTo(closedInTime);
        }
    }

    @Provide
    Arbitrary<List<Ticket>> tickets() {
        return Combinators.combine(Arbitraries.integers().between(-5 * 24, 30 * 24),
                        Arbitraries.integers().between(1, 5 * 24), Arbitraries.integers().between(0, 4),
                        Arbitraries.of(true, false, false, false))
                .as((openedHour, lastingHours, category, stillOpen) -> new Object[] {openedHour, lastingHours, category, stillOpen})
                .list().ofMinSize(1).ofMaxSize(4)
                .map(rows -> {
                    List<Ticket> list = new ArrayList<>();
                    for (int k = 0; k < rows.size(); k++) {
                        Object[] r = rows.get(k);
                        Instant opened = START.plus(Duration.ofHours((Integer) r[0]));
                        Instant closed = (Boolean) r[3] ? null : opened.plus(Duration.ofHours((Integer) r[1]));
                        list.add(new Ticket("T" + k, CATEGORIES[(Integer) r[2]], opened, closed));
                    }
                    return list;
                });
    }
}
