package com.retention.jobs.delivery.mail;

import com.retention.domain.delivery.RetryPolicy;
import com.retention.jobs.delivery.Attempt;
import com.retention.jobs.delivery.ChannelLock;
import com.retention.jobs.delivery.DeliveryCounts;
import com.retention.jobs.delivery.DeliveryProperties;
import com.retention.jobs.delivery.DeliveryStore;
import com.retention.jobs.delivery.Pending;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends the e-mail notifications of D through the SMTP relay of {@code spring.mail.*} (README
 * "Delivery"): the subject of the template's step, the text as a plain part and as HTML. Intent first,
 * as for SMS; a relay that is down or says "try later" is tried again with the same back-off, an address
 * it refuses for good is REJECTED. What the relay accepted is recorded as DELIVERED: SMTP tells no more.
 */
@Service
public class MailDelivery {

    public static final String CHANNEL = "EMAIL";
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final DeliveryStore store;
    private final ChannelLock locks;
    private final DeliveryProperties properties;
    private final ObjectProvider<JavaMailSender> senders;
    private final Clock clock;

    public MailDelivery(DeliveryStore store, ChannelLock locks, DeliveryProperties properties,
                        ObjectProvider<JavaMailSender> senders, Clock clock) {
        this.store = store;
        this.locks = locks;
        this.properties = properties;
        this.senders = senders;
        this.clock = clock;
    }

    public DeliveryCounts deliver(LocalDate date) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.error("e-mail delivery is on (retention.delivery.mail.enabled) but no SMTP relay is set "
                    + "(spring.mail.host); the e-mails wait");
            return DeliveryCounts.none(CHANNEL);
        }
        return deliver(date, null, sender);
    }

    /** @param at retries due by this time; null = now */
    public DeliveryCounts deliver(LocalDate date, Instant at, JavaMailSender sender) {
        Optional<ChannelLock.Held> lock = locks.tryAcquire(CHANNEL);
        if (lock.isEmpty()) {
            log.info("e-mail delivery of {} not started: another run is delivering e-mail", date);
            return DeliveryCounts.none(CHANNEL);
        }
        try (ChannelLock.Held held = lock.get()) {
            store.settleStaleIntents(CHANNEL);
            return run(date, at == null ? clock.instant() : at, sender);
        }
    }

    private DeliveryCounts run(LocalDate date, Instant now, JavaMailSender sender) {
        RetryPolicy retry = properties.retry().rule();
        DeliveryProperties.Mail mail = properties.mail();
        int submitted = 0;
        int retried = 0;
        int refused = 0;
        int failed = 0;
        String after = "";
        boolean relayDown = false;
        while (!relayDown) {
            List<Pending> batch = store.due(date, CHANNEL, now, after, mail.batch());
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).notificationId();
            List<Attempt> attempts = new ArrayList<>();
            for (Pending p : store.recordIntents(date, CHANNEL, batch, clock.instant())) {
                Attempt attempt = relayDown ? new Attempt.Transient(p.notificationId(), p.attempts(), "SMTP relay down")
                        : send(sender, mail, p);
                attempts.add(attempt);
                if (attempt instanceof Attempt.Accepted) {
                    submitted++;
                } else if (attempt instanceof Attempt.Refused) {
                    refused++;
                } else if (attempt instanceof Attempt.Transient t) {
                    relayDown = true; // the next ones would fail the same way: they wait for their retry
                    if (retry.nextAttempt(t.attempts(), now).isPresent()) {
                        retried++;
                    } else {
                        failed++;
                    }
                }
            }
            store.recordAttempts(attempts, retry, now);
        }
        DeliveryCounts counts = new DeliveryCounts(CHANNEL, submitted, retried, refused, failed, 0, 0, 0);
        if (submitted + retried + refused + failed > 0) {
            log.info("e-mail delivery of {}: {}", date, counts.line());
        }
        return counts;
    }

    private static Attempt send(JavaMailSender sender, DeliveryProperties.Mail mail, Pending p) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(mail.from());
            helper.setTo(p.address());
            helper.setSubject(mail.subject(p.language(), p.step()));
            helper.setText(p.text(), html(p.text()));
            message.setHeader("X-Retention-Notification", p.notificationId());
            sender.send(message);
            return new Attempt.Accepted(p.notificationId(), List.of());
        } catch (MessagingException e) {
            return new Attempt.Refused(p.notificationId(), "not a valid e-mail: " + e.getMessage());
        } catch (MailAuthenticationException e) {
            return new Attempt.Transient(p.notificationId(), p.attempts(), "SMTP login refused: " + e.getMessage());
        } catch (MailException e) {
            SendFailedException refusedAddress = find(e, SendFailedException.class);
            if (refusedAddress != null && refusedAddress.getInvalidAddresses() != null
                    && refusedAddress.getInvalidAddresses().length > 0) {
                return new Attempt.Refused(p.notificationId(), "the relay refused the address: "
                        + oneLine(refusedAddress.getMessage()));
            }
            return new Attempt.Transient(p.notificationId(), p.attempts(), "SMTP: " + oneLine(e.getMessage()));
        }
    }

    private static String html(String text) {
        return "<!DOCTYPE html><html><body><p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>")
                + "</p></body></html>";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                for (Exception nested : send.getFailedMessages().values()) {
                    T found = find(nested, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
