package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.messages.SmsParts;
import com.retention.jobs.delivery.sms.LoopbackSmsc;
import com.retention.jobs.delivery.sms.SmsDelivery;
import com.retention.jobs.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SMS over real SMPP 3.4 against jSMPP's server side on loopback ({@link LoopbackSmsc}): encodings and
 * concatenation, receipts, refusals and retries, the window, a lost bind, and a run that dies between
 * its submits and their commit.
 */
class SmsDeliveryTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    /** 12:00 in Moscow: inside the 09:00-21:00 window. */
    private static final Instant NOON = Instant.parse("2026-11-22T09:00:00Z");

    @Autowired
    SmsDelivery delivery;
    @Autowired
    DeliveryProperties properties;

    private LoopbackSmsc smsc;
    private DayNotifications day;

    @BeforeEach
    void start() throws Exception {
        smsc = new LoopbackSmsc();
        day = new DayNotifications(jdbc, D, "Europe/Moscow");
    }

    @AfterEach
    void stop() {
        smsc.close();
    }

    private DeliveryProperties.Sms settings(int batch) {
        DeliveryProperties.Sms s = properties.sms();
        return new DeliveryProperties.Sms(true, "127.0.0.1", smsc.port(), "retention", "", "", "RETENTION", 1000,
                s.window(), batch, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(100), 3);
    }

    private DeliveryCounts deliver(Instant at, int batch, SmsDelivery.Observer observer) {
        return delivery.deliver(D, at, settings(batch), observer);
    }

    @Test
    void eachSmsGoesOnceInItsEncodingAndPartsAndReceiptsDecideItsStatus() {
        String shortLatin = day.add("SMS", "+79160000001", "DUNNING", "PAYMENT_DUE", "Pay 100€ {now}");
        String longLatin = day.add("SMS", "+79160000002", "DUNNING", "PAYMENT_DUE", "x".repeat(200));
        String cyrillic = day.add("SMS", "+79160000003", "SERVICE", "TICKET_RESOLVED", "Заявка решена. ".repeat(10));
        String refused = day.add("SMS", "+79160000013", "DUNNING", "REMINDER_SMS", "refused for good");
        String undeliverable = day.add("SMS", "+79160000024", "DUNNING", "REMINDER_SMS", "phone off");
        String throttled = day.add("SMS", "+79160000035", "DUNNING", "REMINDER_SMS", "try later");
        smsc.refuse(to -> to.endsWith("13") ? 0x0B : to.endsWith("35") ? 0x58 : 0)
                .receipts(to -> to.endsWith("24") ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD);

        DeliveryCounts counts = deliver(NOON, 50, SmsDelivery.Observer.NONE);

        assertThat(counts.submitted()).isEqualTo(4);
        assertThat(counts.refused()).isEqualTo(1);
        assertThat(counts.retried()).isEqualTo(1);
        assertThat(day.status(shortLatin)).isEqualTo("DELIVERED");
        assertThat(day.status(longLatin)).isEqualTo("DELIVERED");
        assertThat(day.status(cyrillic)).isEqualTo("DELIVERED");
        assertThat(day.status(undeliverable)).isEqualTo("UNDELIVERABLE");
        assertThat(day.status(refused)).isEqualTo("REJECTED");
        assertThat(error(refused)).contains("ESME_RINVDSTADR");
        assertThat(day.status(throttled)).isEqualTo("RETRY");
        assertThat(error(throttled)).contains("ESME_RTHROTTLED");

        Map<String, String> texts = texts();
        assertThat(texts).containsEntry("79160000001", "Pay 100€ {now}")
                .containsEntry("79160000002", "x".repeat(200))
                .containsEntry("79160000003", "Заявка решена. ".repeat(10));
        assertThat(partsTo("79160000002")).hasSize(2).allMatch(r -> r.dataCoding() == 0 && (r.esmClass() & 0x40) != 0);
        assertThat(partsTo("79160000003")).hasSize(3).allMatch(r -> r.dataCoding() == 8);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sms_part WHERE notification_id = ?", Integer.class,
                cyrillic)).isEqualTo(3);

        // Before the retry is due nothing goes; after it, only the retry, and the SMSC takes it now.
        smsc.refuse(to -> 0);
        assertThat(deliver(NOON.plusSeconds(10), 50, SmsDelivery.Observer.NONE).submitted()).isZero();
        assertThat(deliver(NOON.plusSeconds(31), 50, SmsDelivery.Observer.NONE).submitted()).isEqualTo(1);
        assertThat(day.status(throttled)).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("SELECT attempts FROM notification_delivery WHERE notification_id = ?",
                Integer.class, throttled)).isEqualTo(2);
        assertThat(partsTo("79160000035")).hasSize(1);
        assertThat(smsc.received()).hasSize(1 + 2 + 3 + 1 + 1);
    }

    @Test
    void outsideTheSubscribersDaytimeOnlyOutageNoticesGo() {
        String dunning = day.add("SMS", "+79160000001", "DUNNING", "PAYMENT_DUE", "pay");
        String outage = day.add("SMS", "+79160000002", "OUTAGE", "INCIDENT", "we are fixing it");
        Instant threeAmMoscow = Instant.parse("2026-11-22T00:00:00Z");

        DeliveryCounts night = deliver(threeAmMoscow, 50, SmsDelivery.Observer.NONE);

        assertThat(night.submitted()).isEqualTo(1);
        assertThat(night.held()).isEqualTo(1);
        assertThat(day.status(outage)).isEqualTo("DELIVERED");
        assertThat(day.status(dunning)).isNull();
        assertThat(deliver(NOON, 50, SmsDelivery.Observer.NONE).submitted()).isEqualTo(1);
        assertThat(day.status(dunning)).isEqualTo("DELIVERED");
    }

    @Test
    void aBindLostInTheMiddleOfABatchIsMadeAgainAndNothingGoesTwice() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(day.add("SMS", String.format("+7916%07d", i), "DUNNING", "PAYMENT_DUE", "text " + i));
        }
        smsc.dropBindOnSubmit(8);

        DeliveryCounts counts = deliver(NOON, 50, SmsDelivery.Observer.NONE);

        assertThat(smsc.binds()).isEqualTo(2);
        assertThat(counts.submitted()).isEqualTo(19);
        assertThat(counts.unknown()).as("the submit the SMSC dropped without answering").isEqualTo(1);
        assertNoDestinationTwice();
        assertThat(smsc.received()).hasSize(19);
        Map<String, Long> statuses = ids.stream().collect(Collectors.groupingBy(day::status, Collectors.counting()));
        assertThat(statuses).containsEntry("DELIVERED", 19L).containsEntry("SUBMITTED", 1L);
        assertThat(jdbc.queryForObject("SELECT error FROM notification_delivery WHERE status = 'SUBMITTED'",
                String.class)).contains("no answer from the SMSC");
        // the next run does not send it again either
        assertThat(deliver(NOON.plusSeconds(60), 50, SmsDelivery.Observer.NONE).submitted()).isZero();
        assertThat(smsc.received()).hasSize(19);
    }

    @Test
    void aRunThatDiesBetweenSubmitAndCommitSendsNoMessageTwice() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(day.add("SMS", String.format("+7916%07d", i), "DUNNING", "PAYMENT_DUE", "text " + i));
        }
        AtomicInteger seen = new AtomicInteger();
        SmsDelivery.Observer dies = attempt -> {
            if (seen.incrementAndGet() == 3) {
                throw new IllegalStateException("killed after the third submit");
            }
        };

        assertThatThrownBy(() -> deliver(NOON, 5, dies)).hasMessageContaining("killed");
        assertThat(smsc.received()).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_delivery WHERE status = 'SUBMITTING'",
                Integer.class)).as("the intents of the batch, committed before its submits").isEqualTo(5);

        DeliveryCounts again = deliver(NOON, 5, SmsDelivery.Observer.NONE);

        assertThat(again.submitted()).as("only the batch the dead run never reached").isEqualTo(3);
        assertNoDestinationTwice();
        assertThat(smsc.received()).hasSize(6);
        // the three the dead run sent are confirmed by their receipts, matched by number
        for (int i = 0; i < 3; i++) {
            assertThat(day.status(ids.get(i))).as(ids.get(i)).isEqualTo("DELIVERED");
        }
        for (int i = 3; i < 5; i++) {
            assertThat(day.status(ids.get(i))).as("intent but never submitted: not sent now either").isEqualTo("SUBMITTED");
        }
        for (int i = 5; i < 8; i++) {
            assertThat(day.status(ids.get(i))).isEqualTo("DELIVERED");
        }
    }

    @Test
    void aReceiptGoesToThePartStillWaitingWhenTheSmscUsesAnIdAgain() throws Exception {
        String yesterday = day.add("SMS", "+79160000001", "DUNNING", "PAYMENT_DUE", "first");
        smsc.idsAfter(0x500).receipts(to -> DeliveryReceiptState.UNDELIV);
        deliver(NOON, 50, SmsDelivery.Observer.NONE);
        assertThat(day.status(yesterday)).isEqualTo("UNDELIVERABLE");
        smsc.close();

        smsc = new LoopbackSmsc().idsAfter(0x500); // restarted, its ids from the same point
        String today = day.add("SMS", "+79160000002", "DUNNING", "PAYMENT_DUE", "second");
        deliver(NOON, 50, SmsDelivery.Observer.NONE);

        assertThat(day.status(today)).isEqualTo("DELIVERED");
        assertThat(day.status(yesterday)).isEqualTo("UNDELIVERABLE");
        assertThat(jdbc.queryForList("SELECT DISTINCT message_id FROM sms_part", String.class)).containsExactly("501");
    }

    private void assertNoDestinationTwice() {
        Map<String, Long> perDestination = smsc.received().stream()
                .collect(Collectors.groupingBy(LoopbackSmsc.Received::destination, Collectors.counting()));
        assertThat(perDestination.values()).allMatch(n -> n == 1);
    }

    private String error(String notificationId) {
        return jdbc.queryForObject("SELECT error FROM notification_delivery WHERE notification_id = ?", String.class,
                notificationId);
    }

    private List<LoopbackSmsc.Received> partsTo(String destination) {
        return smsc.received().stream().filter(r -> r.destination().equals(destination)).toList();
    }

    /** What each handset shows: the parts joined in their header's order. */
    private Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, List<LoopbackSmsc.Received>> byDestination = smsc.received().stream()
                .collect(Collectors.groupingBy(LoopbackSmsc.Received::destination, LinkedHashMap::new, Collectors.toList()));
        byDestination.forEach((to, parts) -> {
            StringBuilder text = new StringBuilder();
            parts.stream().sorted((a, b) -> Integer.compare(seq(a), seq(b))).forEach(p -> text.append(decode(p)));
            out.put(to, text.toString());
        });
        return out;
    }

    private static int seq(LoopbackSmsc.Received r) {
        return (r.esmClass() & 0x40) != 0 ? r.shortMessage()[5] : 1;
    }

    private static String decode(LoopbackSmsc.Received r) {
        byte[] body = r.shortMessage();
        if ((r.esmClass() & 0x40) != 0) {
            body = Arrays.copyOfRange(body, body[0] + 1, body.length);
        }
        return r.dataCoding() == 8 ? new String(body, StandardCharsets.UTF_16BE) : SmsParts.decodeGsm(body);
    }
}
