package com.retention.jobs.delivery;

import com.retention.jobs.delivery.mail.LoopbackSmtp;
import com.retention.jobs.delivery.mail.MailDelivery;
import com.retention.jobs.delivery.sms.LoopbackSmsc;
import com.retention.jobs.delivery.sms.SmsDelivery;
import com.retention.jobs.launch.OperatorProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsmpp.util.DeliveryReceiptState;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * {@code demo --deliver}: the night's SMS and e-mail delivered to a simulated SMSC and SMTP server on
 * loopback, started for the purpose, as if the operator's were configured; about 3 % of the numbers are
 * off (UNDELIV receipts). The window is judged at 10:00 in the operator's zone, when it is open from
 * Kaliningrad to Kamchatka.
 */
@Service
public class DemoDelivery {

    private final SmsDelivery sms;
    private final MailDelivery mail;
    private final DeliveryProperties properties;
    private final OperatorProperties operator;
    private final DeliveryMapper delivery;

    DemoDelivery(SmsDelivery sms, MailDelivery mail, DeliveryProperties properties, OperatorProperties operator,
                 DeliveryMapper delivery) {
        this.sms = sms;
        this.mail = mail;
        this.properties = properties;
        this.operator = operator;
        this.delivery = delivery;
    }

    /** @return one line per channel: submitted / delivered / failed, and the SMS rate */
    public List<String> deliver(LocalDate date) {
        Instant at = date.atTime(LocalTime.of(10, 0)).atZone(operator.timezone()).toInstant();
        List<String> lines = new ArrayList<>();
        try (LoopbackSmsc smsc = new LoopbackSmsc(); LoopbackSmtp smtp = new LoopbackSmtp()) {
            smsc.receipts(to -> Math.floorMod(to.hashCode(), 33) == 0 ? DeliveryReceiptState.UNDELIV
                    : DeliveryReceiptState.DELIVRD);
            long started = System.nanoTime();
            DeliveryCounts smsCounts = sms.deliver(date, at, properties.sms().at("127.0.0.1", smsc.port()),
                    SmsDelivery.Observer.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            JavaMailSenderImpl relay = new JavaMailSenderImpl();
            relay.setHost("127.0.0.1");
            relay.setPort(smtp.port());
            mail.deliver(date, at, relay);
            lines.add(line(date, "SMS", String.format(Locale.ROOT, " (%.0f SMS/s to the loopback SMSC, %d held by the window)",
                    seconds > 0 ? smsCounts.submitted() / seconds : 0.0, smsCounts.held())));
            lines.add(line(date, "EMAIL", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo's loopback SMSC or SMTP server: " + e.getMessage(), e);
        }
        return lines;
    }

    private String line(LocalDate date, String channel, String tail) {
        DeliveryMapper.ChannelCounts row = delivery.channelCounts(date, channel);
        return String.format(Locale.ROOT, "delivery  %-5s %,d notifications: submitted %,d, delivered %,d, failed %,d%s",
                channel, row.notifications(), row.submitted(), row.delivered(), row.failed(), tail);
    }
}
