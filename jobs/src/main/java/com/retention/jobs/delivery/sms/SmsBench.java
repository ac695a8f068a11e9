package com.retention.jobs.delivery.sms;

import com.retention.jobs.delivery.DeliveryCounts;
import com.retention.jobs.delivery.DeliveryProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * {@code retention bench --sms N}: SMS a second from the delivery to a loopback SMSC with the shipped
 * settings (throttle, batch, window), over N one-part SMS of synthetic subscribers on a date of their
 * own (1999-01-01), which are removed again afterwards; the operator's data is not touched.
 */
@Service
public class SmsBench {

    static final LocalDate DAY = LocalDate.of(1999, 1, 1);
    private static final String PREFIX = "SMSBENCH-";

    private final SmsBenchMapper synthetic;
    private final SmsDelivery delivery;
    private final DeliveryProperties properties;

    SmsBench(SmsBenchMapper synthetic, SmsDelivery delivery, DeliveryProperties properties) {
        this.synthetic = synthetic;
        this.delivery = delivery;
        this.properties = properties;
    }

    /** @return the result line: SMS submitted, seconds, SMS a second */
    public String run(int n) {
        if (n < 1 || n > 1_000_000) {
            throw new com.retention.jobs.errors.UserInputException("--sms must be between 1 and 1000000, not " + n);
        }
        remove();
        try (LoopbackSmsc smsc = new LoopbackSmsc()) {
            insert(n);
            DeliveryProperties.Sms settings = properties.sms().at("127.0.0.1", smsc.port());
            long started = System.nanoTime();
            DeliveryCounts counts = delivery.deliver(DAY, DAY.atTime(12, 0).atZone(java.time.ZoneOffset.UTC).toInstant(),
                    settings, SmsDelivery.Observer.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            long delivered = synthetic.delivered(DAY);
            return String.format(Locale.ROOT, "SMS bench: %,d submitted in %.1f s = %.0f SMS/s to a loopback SMSC "
                    + "(throttle %d/s, batch %d), %,d delivered (receipts) by the end", counts.submitted(), seconds,
                    counts.submitted() / seconds, settings.throttle(), settings.batch(), delivered);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback SMSC: " + e.getMessage(), e);
        } finally {
            remove();
        }
    }

    private void insert(int n) {
        synthetic.insertTariff(PREFIX);
        synthetic.insertArea(PREFIX);
        synthetic.insertAccounts(PREFIX, n);
        synthetic.insertSubscribers(PREFIX, n);
        synthetic.insertCandidates(PREFIX, DAY, n);
        synthetic.insertNotifications(PREFIX, DAY);
    }

    private void remove() {
        synthetic.deleteReceipts(DAY);
        synthetic.deleteDeliveries(DAY);
        synthetic.deleteNotifications(PREFIX, DAY);
        synthetic.deleteCandidates(PREFIX, DAY);
        synthetic.deleteSubscribers(PREFIX);
        synthetic.deleteAccounts(PREFIX);
        synthetic.deleteArea(PREFIX);
        synthetic.deleteTariff(PREFIX);
    }
}
