package com.retention.jobs.delivery;

import com.retention.domain.delivery.RetryPolicy;
import com.retention.domain.delivery.SendWindow;
import com.retention.jobs.errors.UserInputException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.delivery.*}: where SMS and e-mail go, how fast, when, and how often a transient
 * failure is tried again (README "Delivery"). Both channels are off by default: the outbox file stays
 * the hand-over.
 */
@ConfigurationProperties(prefix = "retention.delivery")
public record DeliveryProperties(Sms sms, Mail mail, Retry retry) {

    public DeliveryProperties {
        sms = sms != null ? sms : new Sms(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        mail = mail != null ? mail : new Mail(null, null, null, null);
        retry = retry != null ? retry : new Retry(null, null);
    }

    /**
     * The SMSC (SMPP 3.4, bound as transceiver) and the pace of submits.
     *
     * @param throttle       submit_sm PDUs a second at most (the SMSC's contract)
     * @param batch          notifications whose intent is committed together before they are submitted
     * @param receiptWait    how long a run stays bound after its last submit for receipts
     * @param reconnectDelay the wait before binding again after a lost bind (doubled per failed bind)
     * @param reconnects     binds tried in a row before the run stops (what is left waits for the next run)
     */
    public record Sms(Boolean enabled, String host, Integer port, String systemId, String password,
                      String systemType, String sourceAddress, Integer throttle, Window window, Integer batch,
                      Duration responseTimeout, Duration receiptWait, Duration reconnectDelay, Integer reconnects) {

        public Sms {
            enabled = enabled != null && enabled;
            host = host != null ? host : "127.0.0.1";
            port = port != null ? port : 2775;
            systemId = systemId != null ? systemId : "retention";
            password = password != null ? password : "";
            systemType = systemType != null ? systemType : "";
            sourceAddress = sourceAddress != null ? sourceAddress : "RETENTION";
            throttle = throttle != null ? throttle : 300;
            window = window != null ? window : new Window(null, null);
            batch = batch != null ? batch : 50;
            responseTimeout = responseTimeout != null ? responseTimeout : Duration.ofSeconds(10);
            receiptWait = receiptWait != null ? receiptWait : Duration.ofSeconds(5);
            reconnectDelay = reconnectDelay != null ? reconnectDelay : Duration.ofSeconds(1);
            reconnects = reconnects != null ? reconnects : 5;
            if (throttle < 1 || batch < 1 || reconnects < 1) {
                throw new UserInputException("retention.delivery.sms: throttle, batch and reconnects must be >= 1");
            }
        }

        /** The same SMSC settings towards another address (a test or the demo's loopback SMSC). */
        public Sms at(String otherHost, int otherPort) {
            return new Sms(enabled, otherHost, otherPort, systemId, password, systemType, sourceAddress, throttle,
                    window, batch, responseTimeout, receiptWait, reconnectDelay, reconnects);
        }

        public Sms withThrottle(int perSecond) {
            return new Sms(enabled, host, port, systemId, password, systemType, sourceAddress, perSecond,
                    window, batch, responseTimeout, receiptWait, reconnectDelay, reconnects);
        }

        public Sms withReceiptWait(Duration wait) {
            return new Sms(enabled, host, port, systemId, password, systemType, sourceAddress, throttle,
                    window, batch, responseTimeout, wait, reconnectDelay, reconnects);
        }
    }

    /** The subscriber's local hours SMS go in, e.g. {@code start: "09:00", end: "21:00"}. */
    public record Window(String start, String end) {

        public Window {
            start = start != null ? start : "09:00";
            end = end != null ? end : "21:00";
        }

        public SendWindow rule() {
            try {
                return new SendWindow(parse(start, "start"), parse(end, "end"));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("retention.delivery.sms.window: " + e.getMessage());
            }
        }

        private static LocalTime parse(String text, String key) {
            try {
                return LocalTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new UserInputException("retention.delivery.sms.window." + key + ": '" + text
                        + "' is not a time like 09:00");
            }
        }
    }

    /**
     * The SMTP relay is Spring Boot's {@code spring.mail.*}; these say what the messages look like.
     *
     * @param subjects per language ({@code ru}, {@code en}) the subject of each template by its step (e.g.
     *                 PAYMENT_DUE); a step not listed gets the language's {@code default}
     */
    public record Mail(Boolean enabled, String from, Map<String, Map<String, String>> subjects, Integer batch) {

        public Mail {
            enabled = enabled != null && enabled;
            from = from != null ? from : "noreply@localhost";
            subjects = subjects != null ? Map.copyOf(subjects) : Map.of();
            batch = batch != null ? batch : 50;
        }

        public String subject(String language, String step) {
            Map<String, String> own = subjects.getOrDefault(language, subjects.getOrDefault("ru", Map.of()));
            return own.getOrDefault(step, own.getOrDefault("default", step));
        }
    }

    /** Transient failures of either channel. */
    public record Retry(Integer maxAttempts, Duration backoff) {

        public Retry {
            maxAttempts = maxAttempts != null ? maxAttempts : 5;
            backoff = backoff != null ? backoff : Duration.ofSeconds(30);
        }

        public RetryPolicy rule() {
            try {
                return new RetryPolicy(maxAttempts, backoff);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("retention.delivery.retry: " + e.getMessage());
            }
        }
    }
}
