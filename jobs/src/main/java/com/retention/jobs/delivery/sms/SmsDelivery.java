package com.retention.jobs.delivery.sms;

import com.retention.domain.delivery.RetryPolicy;
import com.retention.domain.delivery.SendWindow;
import com.retention.jobs.delivery.Attempt;
import com.retention.jobs.delivery.ChannelLock;
import com.retention.jobs.delivery.DeliveryCounts;
import com.retention.jobs.delivery.DeliveryProperties;
import com.retention.jobs.delivery.DeliveryStore;
import com.retention.jobs.delivery.Pending;
import com.retention.jobs.launch.OperatorProperties;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the SMS notifications of D to the SMSC (README "Delivery"): those never tried and the retries
 * now due, in id order, inside the subscriber's window (outage notices at any hour). Per batch the
 * intents are committed first, then the batch is submitted, then its answers are committed; receipts are
 * kept as they arrive and applied after each batch, and for {@code receipt-wait} after the last.
 */
@Service
public class SmsDelivery {

    /** Sees each submit before its answer is committed; a test stops the run there. */
    public interface Observer {
        Observer NONE = attempt -> { };

        void submitted(Attempt attempt);
    }

    public static final String CHANNEL = "SMS";
    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);

    private final DeliveryStore store;
    private final ChannelLock locks;
    private final DeliveryProperties properties;
    private final OperatorProperties operator;
    private final Clock clock;

    public SmsDelivery(DeliveryStore store, ChannelLock locks, DeliveryProperties properties,
                       OperatorProperties operator, Clock clock) {
        this.store = store;
        this.locks = locks;
        this.properties = properties;
        this.operator = operator;
        this.clock = clock;
    }

    /** With the configured SMSC, at the clock's now. */
    public DeliveryCounts deliver(LocalDate date) {
        return deliver(date, null, properties.sms(), Observer.NONE);
    }

    /**
     * @param at       the time the window is judged at and retries are due by; null = now
     * @param settings the SMSC and its pace
     */
    public DeliveryCounts deliver(LocalDate date, Instant at, DeliveryProperties.Sms settings, Observer observer) {
        Optional<ChannelLock.Held> lock = locks.tryAcquire(CHANNEL);
        if (lock.isEmpty()) {
            log.info("SMS delivery of {} not started: another run is delivering SMS", date);
            return DeliveryCounts.none(CHANNEL);
        }
        try (ChannelLock.Held held = lock.get()) {
            int stale = store.settleStaleIntents(CHANNEL);
            if (stale > 0) {
                log.warn("{} SMS left between submit and commit by a stopped run: not sent again, "
                        + "their receipts will confirm them", stale);
            }
            return run(date, at, settings, observer);
        }
    }

    private DeliveryCounts run(LocalDate date, Instant at, DeliveryProperties.Sms settings, Observer observer) {
        int receipts = store.applyReceipts();
        Instant now = at != null ? at : clock.instant();
        if (!store.anyDue(date, CHANNEL, now) && store.awaitingReceipts(date) == 0) {
            return new DeliveryCounts(CHANNEL, 0, 0, 0, 0, 0, 0, receipts);
        }
        SendWindow window = settings.window().rule();
        RetryPolicy retry = properties.retry().rule();
        int submitted = 0;
        int retried = 0;
        int refused = 0;
        int failed = 0;
        int unknown = 0;
        int held = 0;
        try (SmppClient client = new SmppClient(settings, store::saveReceipt)) {
            try {
                client.ensureBound();
            } catch (IOException e) {
                log.error("SMS delivery of {}: cannot bind to the SMSC {}:{}: {}; the SMS wait for the next run",
                        date, settings.host(), settings.port(), e.getMessage());
                return new DeliveryCounts(CHANNEL, 0, 0, 0, 0, 0, 0, receipts);
            }
            String after = "";
            while (true) {
                List<Pending> batch = store.due(date, CHANNEL, now, after, settings.batch());
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1).notificationId();
                Instant judged = at != null ? at : clock.instant();
                List<Pending> inWindow = new ArrayList<>(batch.size());
                for (Pending p : batch) {
                    if (window.allows(judged, zone(p.zone()), p.campaign())) {
                        inWindow.add(p);
                    }
                }
                held += batch.size() - inWindow.size();
                List<Pending> mine = store.recordIntents(date, CHANNEL, inWindow, clock.instant());
                List<Attempt> attempts = new ArrayList<>(mine.size());
                boolean unreachable = false;
                for (Pending p : mine) {
                    Attempt attempt = unreachable
                            ? new Attempt.Transient(p.notificationId(), p.attempts(), "SMSC unreachable")
                            : client.submit(p);
                    observer.submitted(attempt);
                    attempts.add(attempt);
                    if (attempt instanceof Attempt.Accepted) {
                        submitted++;
                    } else if (attempt instanceof Attempt.Transient t) {
                        if (retry.nextAttempt(t.attempts(), now).isPresent()) {
                            retried++;
                        } else {
                            failed++;
                        }
                        unreachable |= t.error().startsWith("SMSC ");
                    } else if (attempt instanceof Attempt.Refused) {
                        refused++;
                    } else {
                        unknown++;
                    }
                }
                store.recordAttempts(attempts, retry, at != null ? at : clock.instant());
                receipts += store.applyReceipts();
                if (unreachable) {
                    log.error("SMS delivery of {}: the SMSC {}:{} is unreachable; the rest waits for the next run",
                            date, settings.host(), settings.port());
                    break;
                }
            }
            receipts += awaitReceipts(date, settings);
            if (client.binds() > 1) {
                log.info("SMS delivery of {}: the bind was lost and made again {} time(s)", date, client.binds() - 1);
            }
        }
        DeliveryCounts counts = new DeliveryCounts(CHANNEL, submitted, retried, refused, failed, unknown, held, receipts);
        log.info("SMS delivery of {}: {}", date, counts.line());
        return counts;
    }

    /** Stays bound until every SMS of D has its receipt or {@code receipt-wait} is over. */
    private int awaitReceipts(LocalDate date, DeliveryProperties.Sms settings) {
        long end = System.nanoTime() + settings.receiptWait().toNanos();
        int applied = 0;
        while (System.nanoTime() < end && store.awaitingReceipts(date) > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            applied += store.applyReceipts();
        }
        return applied + store.applyReceipts();
    }

    private ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return operator.timezone();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return operator.timezone();
        }
    }
}
