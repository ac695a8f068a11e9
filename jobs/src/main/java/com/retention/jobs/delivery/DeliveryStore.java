package com.retention.jobs.delivery;

import com.retention.domain.delivery.DeliveryStatus;
import com.retention.domain.delivery.RetryPolicy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery state of the notifications (tables {@code notification_delivery}, {@code sms_part},
 * {@code sms_receipt}). Every write commits on its own, whatever transaction the caller runs in: the
 * intent must be durable before the submit, and the result as soon as it is known.
 */
@Component
public class DeliveryStore {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStore.class);
    static final String STALE = "no answer recorded: the run stopped between the submit and its commit, "
            + "so it is not sent again (at most once); a receipt confirms it";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    public DeliveryStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Intents a dead run left (the caller holds the channel's lock, so nobody else is submitting):
     * SUBMITTED without an id, never submitted again.
     */
    public int settleStaleIntents(String channel) {
        return own.execute(tx -> jdbc.update("""
                UPDATE notification_delivery SET status = 'SUBMITTED', error = ?
                WHERE channel = ? AND status = 'SUBMITTING'
                """, STALE, channel));
    }

    /** The next notifications of D due an attempt, after {@code afterId} in id order. */
    public List<Pending> due(LocalDate date, String channel, Instant now, String afterId, int limit) {
        return jdbc.query("""
                SELECT n.notification_id, n.to_address, n.campaign, n.step, n.template, n.text, n.segments,
                       z.timezone, coalesce(d.attempts, 0) AS attempts
                FROM notification n
                JOIN subscriber s ON s.subscriber_id = n.subscriber_id
                LEFT JOIN area_zone z ON z.area_code = s.area_code
                LEFT JOIN notification_delivery d ON d.notification_id = n.notification_id
                WHERE n.business_date = ? AND n.channel = ? AND n.notification_id > ?
                  AND (d.notification_id IS NULL OR (d.status = 'RETRY' AND d.next_attempt_at <= ?))
                ORDER BY n.notification_id
                LIMIT ?
                """, (rs, i) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        language(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getInt(9)),
                date, channel, afterId, Timestamp.from(now), limit);
    }

    private static String language(String template) {
        String[] parts = template == null ? new String[0] : template.split("/");
        return parts.length >= 3 ? parts[1] : "ru";
    }

    /**
     * Writes and commits the intent of each notification before anything is submitted; returns those
     * whose intent was taken (a row another run finished in between is left alone and not submitted).
     */
    public List<Pending> recordIntents(LocalDate date, String channel, List<Pending> batch, Instant now) {
        if (batch.isEmpty()) {
            return batch;
        }
        int[] taken = own.execute(tx -> jdbc.batchUpdate("""
                INSERT INTO notification_delivery (notification_id, business_date, channel, status, attempts, intent_at)
                VALUES (?, ?, ?, 'SUBMITTING', 1, ?)
                ON CONFLICT (notification_id) DO UPDATE
                SET status = 'SUBMITTING', attempts = notification_delivery.attempts + 1,
                    intent_at = EXCLUDED.intent_at, next_attempt_at = NULL
                WHERE notification_delivery.status = 'RETRY'
                """, batch.stream().map(p -> new Object[] {p.notificationId(), date, channel, Timestamp.from(now)})
                .toList()));
        List<Pending> mine = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (taken[i] != 0) {
                Pending p = batch.get(i);
                mine.add(new Pending(p.notificationId(), p.address(), p.campaign(), p.step(), p.language(), p.text(),
                        p.segments(), p.zone(), p.attempts() + 1));
            }
        }
        return mine;
    }

    /** Records and commits what the attempts of one batch came to. */
    public void recordAttempts(List<Attempt> attempts, RetryPolicy retry, Instant now) {
        if (attempts.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        own.executeWithoutResult(tx -> {
            List<Object[]> parts = new ArrayList<>();
            for (Attempt attempt : attempts) {
                if (attempt instanceof Attempt.Accepted a) {
                    jdbc.update("""
                            UPDATE notification_delivery SET status = ?, smsc_message_id = ?, submitted_at = ?,
                                error = NULL, done_at = ?
                            WHERE notification_id = ?
                            """, a.messageIds().isEmpty() ? "DELIVERED" : "SUBMITTED",
                            a.messageIds().isEmpty() ? null : a.messageIds().get(0), at,
                            // e-mail: the relay took it, which is as far as SMTP tells
                            a.messageIds().isEmpty() ? at : null, a.notificationId());
                    addParts(parts, a.notificationId(), a.messageIds());
                } else if (attempt instanceof Attempt.Transient t) {
                    var next = retry.nextAttempt(t.attempts(), now);
                    jdbc.update("""
                            UPDATE notification_delivery SET status = ?, error = ?, next_attempt_at = ?, done_at = ?
                            WHERE notification_id = ?
                            """, next.isPresent() ? "RETRY" : "FAILED", t.error(),
                            next.map(Timestamp::from).orElse(null), next.isPresent() ? null : at,
                            t.notificationId());
                } else if (attempt instanceof Attempt.Refused r) {
                    jdbc.update("""
                            UPDATE notification_delivery SET status = 'REJECTED', error = ?, done_at = ?
                            WHERE notification_id = ?
                            """, r.error(), at, r.notificationId());
                } else if (attempt instanceof Attempt.Unknown u) {
                    jdbc.update("""
                            UPDATE notification_delivery SET status = 'SUBMITTED', error = ?, submitted_at = ?,
                                smsc_message_id = ?
                            WHERE notification_id = ?
                            """, u.error(), at, u.messageIds().isEmpty() ? null : u.messageIds().get(0),
                            u.notificationId());
                    addParts(parts, u.notificationId(), u.messageIds());
                }
            }
            if (!parts.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO sms_part (message_id, notification_id, part) VALUES (?, ?, ?) "
                        + "ON CONFLICT (message_id) DO NOTHING", parts);
            }
        });
    }

    private static void addParts(List<Object[]> parts, String notificationId, List<String> messageIds) {
        for (int i = 0; i < messageIds.size(); i++) {
            parts.add(new Object[] {messageIds.get(i), notificationId, i + 1});
        }
    }

    /** Keeps a receipt as it arrives (committed before the SMSC gets its acknowledgement). */
    public void saveReceipt(String messageId, String stat, String err, String sourceAddr) {
        jdbc.update("INSERT INTO sms_receipt (message_id, stat, err, source_addr) VALUES (?, ?, ?, ?)",
                messageId, stat, err, sourceAddr);
    }

    /**
     * Applies the receipts not applied yet: each updates its part, and the notification once its parts
     * decide. A receipt of an id we never recorded (the run died before recording the answer) is matched
     * to that notification by the number it went to, and its id recorded.
     *
     * @return receipts applied
     */
    public int applyReceipts() {
        return own.execute(tx -> {
            List<Map<String, Object>> receipts = jdbc.queryForList("""
                    SELECT receipt_id, message_id, stat, err, source_addr FROM sms_receipt
                    WHERE NOT applied ORDER BY receipt_id LIMIT 5000 FOR UPDATE SKIP LOCKED
                    """);
            for (Map<String, Object> r : receipts) {
                apply((String) r.get("message_id"), (String) r.get("stat"), (String) r.get("err"),
                        (String) r.get("source_addr"));
                jdbc.update("UPDATE sms_receipt SET applied = true WHERE receipt_id = ?", r.get("receipt_id"));
            }
            return receipts.size();
        });
    }

    private void apply(String messageId, String stat, String err, String sourceAddr) {
        DeliveryStatus status = DeliveryStatus.ofReceipt(stat).orElse(DeliveryStatus.SUBMITTED);
        String error = status.isFailure() ? stat + (err == null || err.isBlank() ? "" : " err:" + err) : null;
        List<String> owner = jdbc.queryForList("UPDATE sms_part SET status = ?, error = ? WHERE message_id = ? "
                + "RETURNING notification_id", String.class, status.name(), error, messageId);
        if (owner.isEmpty()) {
            owner = reconcile(messageId, status, error, sourceAddr);
            if (owner.isEmpty()) {
                log.warn("receipt for unknown SMSC message id {} ({}) ignored", messageId, stat);
                return;
            }
        }
        String notificationId = owner.get(0);
        List<DeliveryStatus> parts = jdbc.queryForList("SELECT status FROM sms_part WHERE notification_id = ?",
                String.class, notificationId).stream().map(DeliveryStatus::valueOf).toList();
        Integer segments = jdbc.queryForObject("SELECT greatest(segments, 1) FROM notification WHERE notification_id = ?",
                Integer.class, notificationId);
        DeliveryStatus.ofParts(parts, segments == null ? 1 : segments).ifPresent(result -> jdbc.update("""
                UPDATE notification_delivery SET status = ?, error = coalesce(?, error), done_at = now()
                WHERE notification_id = ? AND status IN ('SUBMITTED', 'SUBMITTING')
                """, result.name(), error, notificationId));
    }

    /** The notification a dead run submitted to this number but never recorded an id for. */
    private List<String> reconcile(String messageId, DeliveryStatus status, String error, String sourceAddr) {
        if (sourceAddr == null || sourceAddr.isBlank()) {
            return List.of();
        }
        String phone = sourceAddr.startsWith("+") ? sourceAddr : "+" + sourceAddr;
        List<String> match = jdbc.queryForList("""
                SELECT d.notification_id FROM notification_delivery d
                JOIN notification n ON n.notification_id = d.notification_id
                WHERE d.channel = 'SMS' AND d.status IN ('SUBMITTED', 'SUBMITTING') AND n.to_address = ?
                  AND (SELECT count(*) FROM sms_part p WHERE p.notification_id = d.notification_id) < greatest(n.segments, 1)
                ORDER BY d.intent_at, d.notification_id
                LIMIT 1
                """, String.class, phone);
        if (match.isEmpty()) {
            return match;
        }
        String notificationId = match.get(0);
        jdbc.update("""
                INSERT INTO sms_part (message_id, notification_id, part, status, error)
                SELECT ?, ?, coalesce(max(part), 0) + 1, ?, ? FROM sms_part WHERE notification_id = ?
                """, messageId, notificationId, status.name(), error, notificationId);
        jdbc.update("UPDATE notification_delivery SET smsc_message_id = coalesce(smsc_message_id, ?) "
                + "WHERE notification_id = ?", messageId, notificationId);
        return match;
    }

    /** Notifications of D still waiting for a receipt. */
    public int awaitingReceipts(LocalDate date) {
        Integer n = jdbc.queryForObject("""
                SELECT count(*) FROM notification_delivery
                WHERE business_date = ? AND channel = 'SMS' AND status = 'SUBMITTED'
                """, Integer.class, date);
        return n == null ? 0 : n;
    }

    /** Whether any notification of D and channel is due an attempt now. */
    public boolean anyDue(LocalDate date, String channel, Instant now) {
        return !due(date, channel, now, "", 1).isEmpty();
    }
}
