package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PAYMENT_DUE (campaign DUNNING) and TICKET_RESOLVED (campaign SERVICE) notices: who gets one, by
 * which channel, with which text, and that each invoice and each ticket is notified once, whatever
 * the nights and re-runs that follow.
 */
class CallListsServiceNoticesTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    /** D 00:00 in Moscow, the operator's zone: the run's reference time. */
    static final Instant T = Instant.parse("2026-11-24T21:00:00Z");

    @Test
    void aPaymentDueNoticeGoesOncePerInvoiceBeforeItIsDue() {
        operator.subscriber("P1", "+79160000091", "MOW");
        invoice("INV-P1", "A-P1", D.minusDays(12), D.plusDays(3), "500");
        payment("PAY-P1", "A-P1", D.minusDays(2), "100");                  // 400 still open on D-1
        operator.subscriber("P2", "+79160000092", "MOW");
        invoice("INV-P2", "A-P2", D.minusDays(12), D.plusDays(2), "500");
        payment("PAY-P2", "A-P2", D.minusDays(2), "450");                  // 50 open: below 100
        operator.subscriber("P3", "+79160000093", "MOW");
        invoice("INV-P3", "A-P3", D.minusDays(11), D.plusDays(4), "800");  // its window opens on D+1
        operator.subscriber("L1", "+74951234567", "MOW").email("l1@example.ru"); // a landline: by e-mail
        invoice("INV-L1", "A-L1", D.minusDays(12), D.plusDays(1), "300");
        payment("PAY-L1", "A-L1", D, "300");                               // paid on D: not seen yet
        operator.subscriber("P4", "+79160000094", "MOW");
        invoice("INV-P4-OLD", "A-P4", D.minusDays(40), D.minusDays(25), "600"); // overdue, settled first
        invoice("INV-P4", "A-P4", D.minusDays(12), D.plusDays(2), "500");
        payment("PAY-P4", "A-P4", D.minusDays(3), "700");                  // 600 + 100: 400 open

        runCallLists(D);
        List<String> onD = List.of(
                "L1/EMAIL/DUNNING/PAYMENT_DUE/l1@example.ru/INV-L1",
                "P1/SMS/DUNNING/PAYMENT_DUE/+79160000091/INV-P1",
                "P4/SMS/DUNNING/PAYMENT_DUE/+79160000094/INV-P4");
        assertThat(notices(D, "PAYMENT_DUE")).containsExactlyElementsOf(onD);
        assertThat(text(D, "P1")).isEqualTo("Subscriber P1, до 28.11.2026 нужно оплатить счёт: 400,00 ₽. "
                + "Спасибо, что платите вовремя!");
        assertThat(text(D, "P4")).contains("27.11.2026", "400,00 ₽");

        runCallLists(D); // a re-run of D sends the same, once
        assertThat(notices(D, "PAYMENT_DUE")).containsExactlyElementsOf(onD);

        runCallLists(D.plusDays(1)); // INV-P1 and INV-P4 are still ahead of their due dates, but were sent
        assertThat(notices(D.plusDays(1), "PAYMENT_DUE"))
                .containsExactly("P3/SMS/DUNNING/PAYMENT_DUE/+79160000093/INV-P3");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE step = 'PAYMENT_DUE'", Integer.class))
                .isEqualTo(4);
    }

    @Test
    void aNoticeHeldBackByAnOutageGoesOnALaterDayBeforeTheDueDate() {
        operator.subscriber("P5", "+79160000095", "MOW");
        invoice("INV-P5", "A-P5", D.minusDays(12), D.plusDays(3), "500");
        operator.outage("O-1", "MOW", "UNPLANNED", T.minusSeconds(7200), T.plusSeconds(3600));

        runCallLists(D);
        assertThat(notices(D, "PAYMENT_DUE")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT decision || ' ' || reason FROM contact_candidate "
                + "WHERE business_date = ? AND step = 'PAYMENT_DUE'", String.class, D))
                .isEqualTo("CARRIED OUTAGE_SUPPRESSED");

        runCallLists(D.plusDays(1));
        assertThat(notices(D.plusDays(1), "PAYMENT_DUE")).containsExactly("P5/SMS/DUNNING/PAYMENT_DUE/+79160000095/INV-P5");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_candidate WHERE business_date = ? "
                + "AND step = 'PAYMENT_DUE'", Integer.class, D.plusDays(1))).isEqualTo(1); // not also carried
    }

    @Test
    void aServiceTicketClosedSinceTheLastNightGetsOneFollowUp() {
        operator.subscriber("T1", "+79160000101", "MOW");
        ticket("TK-1", "T1", "NO_SERVICE", T.minusSeconds(20 * 3600), T.minusSeconds(8 * 3600));
        operator.subscriber("T2", "+79160000102", "MOW");
        ticket("TK-2", "T2", "BILLING", T.minusSeconds(20 * 3600), T.minusSeconds(8 * 3600));
        operator.subscriber("T3", "+79160000103", "MOW");
        ticket("TK-3", "T3", "SLOW_SPEED", T.minusSeconds(20 * 3600), T.minusSeconds(8 * 3600));
        ticket("TK-3B", "T3", "NO_SERVICE", T.minusSeconds(3600), null);    // trouble again: nothing yet
        operator.subscriber("T4", "+79160000104", "MOW");
        ticket("TK-4", "T4", "SLOW_SPEED", T.minusSeconds(5 * 86400), T.minusSeconds(4 * 86400)); // too old
        operator.subscriber("T5", "+74951234568", "MOW").email("t5@example.ru");
        ticket("TK-5", "T5", "SLOW_SPEED", T.minusSeconds(3 * 86400), T.minusSeconds(2 * 86400));
        jdbc.update("UPDATE subscriber SET consent_sms = false, consent_email = false WHERE subscriber_id IN ('T1', 'T5')");

        runCallLists(D); // a service notice: no consent needed
        assertThat(notices(D, "TICKET_RESOLVED")).containsExactly(
                "T1/SMS/SERVICE/TICKET_RESOLVED/+79160000101/TK-1",
                "T5/EMAIL/SERVICE/TICKET_RESOLVED/t5@example.ru/TK-5");
        assertThat(text(D, "T1")).startsWith("Неисправность по вашей заявке устранена.");

        jdbc.update("UPDATE ticket SET closed_at = ? WHERE ticket_id = 'TK-3B'", Timestamp.from(T.plusSeconds(3600)));
        runCallLists(D.plusDays(1)); // TK-1 and TK-5 are still in the window, but had theirs
        // One follow-up a subscriber a day (the policy's duplicate rule): the ticket closed first goes ...
        assertThat(notices(D.plusDays(1), "TICKET_RESOLVED")).containsExactly(
                "T3/SMS/SERVICE/TICKET_RESOLVED/+79160000103/TK-3");
        assertThat(jdbc.queryForObject("SELECT decision || ' ' || reason FROM contact_candidate "
                + "WHERE business_date = ? AND notice_ref = 'TK-3B'", String.class, D.plusDays(1)))
                .isEqualTo("SUPPRESSED DUPLICATE");
        runCallLists(D.plusDays(2)); // ... and the other on the next day, still in its window
        assertThat(notices(D.plusDays(2), "TICKET_RESOLVED")).containsExactly(
                "T3/SMS/SERVICE/TICKET_RESOLVED/+79160000103/TK-3B");
        runCallLists(D.plusDays(2));
        assertThat(jdbc.queryForList("SELECT c.notice_ref FROM notification n JOIN contact_candidate c "
                + "ON c.candidate_id = n.candidate_id WHERE n.step = 'TICKET_RESOLVED' ORDER BY 1", String.class))
                .containsExactly("TK-1", "TK-3", "TK-3B", "TK-5");
    }

    private List<String> notices(LocalDate d, String step) {
        return jdbc.queryForList("SELECT n.subscriber_id || '/' || n.channel || '/' || n.campaign || '/' || n.step || '/' "
                + "|| n.to_address || '/' || c.notice_ref FROM notification n JOIN contact_candidate c ON c.candidate_id = n.candidate_id "
                + "WHERE n.business_date = ? AND n.step = ? ORDER BY 1", String.class, d, step);
    }

    private String text(LocalDate d, String subscriber) {
        return jdbc.queryForObject("SELECT text FROM notification WHERE business_date = ? AND subscriber_id = ?",
                String.class, d, subscriber);
    }

    private void invoice(String id, String account, LocalDate issued, LocalDate due, String amount) {
        jdbc.update("INSERT INTO invoice (invoice_id, account_id, issued_on, due_on, amount) VALUES (?, ?, ?, ?, ?)",
                id, account, issued, due, new BigDecimal(amount));
    }

    private void payment(String id, String account, LocalDate paid, String amount) {
        jdbc.update("INSERT INTO payment (payment_id, account_id, paid_on, amount) VALUES (?, ?, ?, ?)",
                id, account, paid, new BigDecimal(amount));
    }

    private void ticket(String id, String subscriber, String category, Instant opened, Instant closed) {
        jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category, closed_at) VALUES (?, ?, ?, ?, ?)",
                id, subscriber, Timestamp.from(opened), category, closed == null ? null : Timestamp.from(closed));
    }
}
