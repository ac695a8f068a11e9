package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.retention.jobs.delivery.mail.MailDelivery;
import com.retention.jobs.support.IntegrationTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail notifications through a real SMTP server on loopback (GreenMail). */
class MailDeliveryTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private static final Instant NOON = Instant.parse("2026-11-22T09:00:00Z");

    @Autowired
    MailDelivery delivery;

    private DayNotifications day;

    @BeforeEach
    void notifications() {
        day = new DayNotifications(jdbc, D, "Europe/Moscow");
    }

    private static JavaMailSenderImpl relay(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    @Test
    void eachEmailGoesOnceWithItsTemplatesSubjectAndATextAndAnHtmlPart() throws Exception {
        String due = day.add("EMAIL", "anna@example.org", "DUNNING", "PAYMENT_DUE", "Счёт 1 234,50 ₽ <до 25.11>");
        String ticket = day.add("EMAIL", "bob@example.org", "SERVICE", "TICKET_RESOLVED", "Fixed.\nThanks");
        jdbc.update("UPDATE notification SET template = 'messages/en/TICKET_RESOLVED.ftl' WHERE notification_id = ?", ticket);
        String other = day.add("EMAIL", "cleo@example.org", "OUTAGE", "INCIDENT", "Авария");
        JavaMailSenderImpl sender = relay(SMTP.getSmtp().getPort());

        DeliveryCounts counts = delivery.deliver(D, NOON, sender);

        assertThat(counts.submitted()).isEqualTo(3);
        assertThat(day.status(due)).isEqualTo("DELIVERED");
        assertThat(day.status(ticket)).isEqualTo("DELIVERED");
        assertThat(day.status(other)).isEqualTo("DELIVERED");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        Map<String, MimeMessage> byTo = Arrays.stream(received).collect(Collectors.toMap(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, m -> m));
        assertThat(byTo.get("anna@example.org").getSubject()).isEqualTo("Скоро срок оплаты счёта");
        assertThat(byTo.get("bob@example.org").getSubject()).isEqualTo("Your ticket is resolved");
        assertThat(byTo.get("cleo@example.org").getSubject()).isEqualTo("Уведомление оператора");
        assertThat(byTo.get("anna@example.org").getFrom()[0].toString()).isEqualTo("noreply@localhost");
        String body = GreenMailUtil.getBody(byTo.get("anna@example.org"));
        assertThat(body).contains("text/plain").contains("text/html");
        assertThat(html(byTo.get("bob@example.org"))).contains("Fixed.<br>Thanks");
        assertThat(html(byTo.get("anna@example.org"))).contains("&lt;до 25.11&gt;");

        assertThat(delivery.deliver(D, NOON.plusSeconds(3600), sender).submitted()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aRelayThatIsDownIsTriedAgainAfterTheBackoff() throws Exception {
        String due = day.add("EMAIL", "anna@example.org", "DUNNING", "PAYMENT_DUE", "Pay");
        int nobodyListens;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            nobodyListens = probe.getLocalPort();
        }

        DeliveryCounts down = delivery.deliver(D, NOON, relay(nobodyListens));

        assertThat(down.retried()).isEqualTo(1);
        assertThat(day.status(due)).isEqualTo("RETRY");
        assertThat(jdbc.queryForObject("SELECT error FROM notification_delivery", String.class)).startsWith("SMTP");
        JavaMailSenderImpl up = relay(SMTP.getSmtp().getPort());
        assertThat(delivery.deliver(D, NOON.plusSeconds(10), up).submitted()).as("not due yet").isZero();
        assertThat(delivery.deliver(D, NOON.plusSeconds(30), up).submitted()).isEqualTo(1);
        assertThat(day.status(due)).isEqualTo("DELIVERED");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    private static String html(MimeMessage message) throws Exception {
        Object content = message.getContent();
        StringBuilder out = new StringBuilder();
        collect(content, out);
        return out.toString();
    }

    private static void collect(Object content, StringBuilder out) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    out.append(part.getContent());
                } else {
                    collect(part.getContent(), out);
                }
            }
        }
    }
}
