package com.retention.jobs.calllists.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.dunning.Invoice;
import com.retention.domain.dunning.Payment;
import com.retention.domain.dunning.PaymentDueNotice;
import com.retention.domain.dunning.PaymentDueRules;
import com.retention.domain.tickets.Ticket;
import com.retention.domain.tickets.TicketFollowUp;
import com.retention.domain.tickets.TicketFollowUpRules;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The candidates SQL and the domain give the same PAYMENT_DUE and TICKET_RESOLVED notices on the
 * same rows: seeded random ledgers and tickets, some already notified on an earlier date, with the
 * shipped parameters (the statements get them from the same rule records the domain is built with).
 */
class NoticeSqlTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final Instant T = Instant.parse("2026-11-24T21:00:00Z");
    static final String[] CATEGORIES = {"NO_SERVICE", "SLOW_SPEED", "BILLING", "COMPLAINT", "OTHER"};

    @Autowired
    CandidateBuilder builder;

    @Autowired
    PaymentDueRules paymentDueRules;

    @Autowired
    TicketFollowUpRules ticketRules;

    private final Random random = new Random(20261125L);
    private final Map<String, List<Invoice>> invoices = new TreeMap<>();
    private final Map<String, List<Payment>> payments = new TreeMap<>();
    private final Map<String, List<Ticket>> tickets = new TreeMap<>();
    private final Set<String> notified = new HashSet<>();

    @BeforeEach
    void catalogue() {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES ('M', 'M', 500, 'ACTIVE')");
        jdbc.update("INSERT INTO area (area_code, name, timezone) VALUES ('MOW', 'Moscow', 'Europe/Moscow')");
    }

    @Test
    void paymentDueSqlEqualsTheDomain() {
        for (int a = 0; a < 300; a++) {
            String account = subscriber(a);
            List<Invoice> list = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                LocalDate issued = D.minusDays(random.nextInt(40) - 1);   // D+1 .. D-38
                Invoice invoice = new Invoice(account + "-I" + k, issued, issued.plusDays(1 + random.nextInt(20)),
                        BigDecimal.valueOf(random.nextInt(90000), 2));
                list.add(invoice);
                jdbc.update("INSERT INTO invoice (invoice_id, account_id, issued_on, due_on, amount) VALUES (?, ?, ?, ?, ?)",
                        invoice.id(), account, invoice.issuedOn(), invoice.dueOn(), invoice.amount());
                if (random.nextInt(8) == 0) {
                    sent(a, invoice.id(), "DUNNING", PaymentDueNotice.STEP);
                }
            }
            List<Payment> paid = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                Payment payment = new Payment(account + "-P" + k, D.minusDays(random.nextInt(41)),
                        BigDecimal.valueOf(1 + random.nextInt(90000), 2));
                paid.add(payment);
                jdbc.update("INSERT INTO payment (payment_id, account_id, paid_on, amount) VALUES (?, ?, ?, ?)",
                        payment.id(), account, payment.paidOn(), payment.amount());
            }
            invoices.put(account, list);
            payments.put(account, paid);
        }

        builder.build(day());

        PaymentDueNotice domain = new PaymentDueNotice(paymentDueRules);
        Map<String, BigDecimal> expected = new TreeMap<>();
        invoices.forEach((account, list) -> domain.due(D, list, payments.get(account), notified)
                .forEach(due -> expected.put(due.invoice().id(), due.open())));
        Map<String, BigDecimal> actual = new TreeMap<>();
        jdbc.query("SELECT notice_ref, value FROM contact_candidate WHERE business_date = ? AND step = 'PAYMENT_DUE'",
                rs -> { actual.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros()); }, D);
        expected.replaceAll((id, open) -> open.stripTrailingZeros());
        long withoutMemory = invoices.entrySet().stream()
                .mapToLong(e -> domain.due(D, e.getValue(), payments.get(e.getKey()), Set.of()).size()).sum();

        assertThat(expected).hasSizeGreaterThan(10); // the seed covers the rule, not only its "no" ...
        assertThat(withoutMemory).isGreaterThan(expected.size()); // ... and invoices notified before
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void ticketFollowUpSqlEqualsTheDomain() {
        for (int s = 0; s < 150; s++) {
            subscriber(s);
            String subscriber = "S" + s;
            List<Ticket> list = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                Instant opened = T.minusSeconds(random.nextInt(6 * 86400)).plusSeconds(86400);
                Instant closed = random.nextInt(5) == 0 ? null : opened.plusSeconds(random.nextInt(3 * 86400));
                Ticket ticket = new Ticket(subscriber + "-T" + k, CATEGORIES[random.nextInt(CATEGORIES.length)], opened, closed);
                list.add(ticket);
                jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category, closed_at) VALUES (?, ?, ?, ?, ?)",
                        ticket.id(), subscriber, Timestamp.from(opened), ticket.category(),
                        closed == null ? null : Timestamp.from(closed));
                if (random.nextInt(8) == 0) {
                    sent(s, ticket.id(), "SERVICE", TicketFollowUp.STEP);
                }
            }
            tickets.put(subscriber, list);
        }

        builder.build(day());

        TicketFollowUp domain = new TicketFollowUp(ticketRules);
        List<String> expected = new ArrayList<>();
        tickets.values().forEach(list -> domain.due(T, list, notified).forEach(t -> expected.add(t.id())));
        List<String> actual = jdbc.queryForList("SELECT notice_ref FROM contact_candidate WHERE business_date = ? "
                + "AND step = 'TICKET_RESOLVED'", String.class, D);

        long withoutMemory = tickets.values().stream().mapToLong(list -> domain.due(T, list, Set.of()).size()).sum();

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(withoutMemory).isGreaterThan(expected.size());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static CallListDay day() {
        return new CallListDay(D, OffsetDateTime.ofInstant(T, ZoneOffset.UTC), ZoneId.of("Europe/Moscow"), 7);
    }

    /** Subscriber {@code S<n>} of account {@code A<n>}, active. @return the account */
    private String subscriber(int n) {
        jdbc.update("INSERT INTO account (account_id) VALUES (?)", "A" + n);
        jdbc.update("INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status, "
                + "activated_on) VALUES (?, ?, ?, ?, 'M', 'MOW', 'ACTIVE', '2024-01-01')",
                "S" + n, "A" + n, "S" + n, String.format("+7916%07d", n));
        return "A" + n;
    }

    /** A notice about {@code ref} sent on an earlier date (a later one: any other date counts). */
    private void sent(int n, String ref, String campaign, String step) {
        notified.add(ref);
        jdbc.update("INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, notice_ref, decision) "
                + "VALUES (?, ?, 'SMS', ?, ?, ?, 'SENT')", random.nextBoolean() ? D.minusDays(1) : D.plusDays(1),
                "S" + n, campaign, step, ref);
    }
}
