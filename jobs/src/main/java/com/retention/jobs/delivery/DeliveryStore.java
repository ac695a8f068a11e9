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
            + "so it is not sent again (at most once); for SMS a receipt confirms it";

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
            List<Object[]> accepted = new ArrayList<>();
            List<Object[]> transients = new ArrayList<>();
            List<Object[]> refused = new ArrayList<>();
            List<Object[]> unknown = new ArrayList<>();
            for (Attempt attempt : attempts) {
                if (attempt instanceof Attempt.Accepted a) {
                    boolean mail = a.messageIds().isEmpty(); // the relay took it: as far as SMTP tells
                    accepted.add(new Object[] {mail ? "DELIVERED" : "SUBMITTED", mail ? null : a.messageIds().get(0), at,
                        mail ? at : null, a.notificationId()});
                    addParts(parts, a.notificationId(), a.messageIds());
                } else if (attempt instanceof Attempt.Transient t) {
                    var next = retry.nextAttempt(t.attempts(), now);
                    transients.add(new Object[] {next.isPresent() ? "RETRY" : "FAILED", t.error(),
                        next.map(Timestamp::from).orElse(null), next.isPresent() ? null : at, t.notificationId()});
                } else if (attempt instanceof Attempt.Refused r) {
                    refused.add(new Object[] {r.error(), at, r.notificationId()});
                } else if (attempt instanceof Attempt.Unknown u) {
                    unknown.add(new Object[] {u.error(), at, u.messageIds().isEmpty() ? null : u.messageIds().get(0),
                        u.notificationId()});
                    addParts(parts, u.notificationId(), u.messageIds());
                }
            }
            jdbc.batchUpdate("""
                    UPDATE notification_delivery SET status = ?, smsc_message_id = ?, submitted_at = ?, error = NULL,
                        done_at = ?
                    WHERE notification_id = ?
                    """, accepted);
            jdbc.batchUpdate("""
                    UPDATE notification_delivery SET status = ?, error = ?, next_attempt_at = ?, done_at = ?
                    WHERE notification_id = ?
                    """, transients);
            jdbc.batchUpdate("UPDATE notification_delivery SET status = 'REJECTED', error = ?, done_at = ? "
                    + "WHERE notification_id = ?", refused);
            jdbc.batchUpdate("""
                    UPDATE notification_delivery SET status = 'SUBMITTED', error = ?, submitted_at = ?, smsc_message_id = ?
                    WHERE notification_id = ?
                    """, unknown);
            if (!parts.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO sms_part (message_id, notification_id, part) VALUES (?, ?, ?) "
                        + "ON CONFLICT (notification_id, part) DO NOTHING", parts);
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
     * decide ({@link DeliveryStatus#ofParts}). A receipt of an id we never recorded (the run died before
     * recording the answer) is matched to that notification by the number it went to, and its id recorded.
     * A few statements per call, whatever the number of receipts: it runs after every batch.
     *
     * @return receipts applied
     */
    public int applyReceipts() {
        return own.execute(tx -> {
            List<Map<String, Object>> receipts = jdbc.queryForList("""
                    SELECT r.receipt_id, r.message_id, r.stat, r.err, r.source_addr, p.notification_id, p.part
                    FROM sms_receipt r
                    LEFT JOIN LATERAL (
                        SELECT notification_id, part FROM sms_part
                        WHERE message_id = r.message_id
                        ORDER BY status = 'SUBMITTED' DESC, submitted_at DESC LIMIT 1
                    ) p ON true
                    WHERE NOT r.applied ORDER BY r.receipt_id LIMIT 5000 FOR UPDATE OF r SKIP LOCKED
                    """);
            if (receipts.isEmpty()) {
                return 0;
            }
            List<Object[]> parts = new ArrayList<>(receipts.size());
            java.util.Set<String> touched = new java.util.LinkedHashSet<>();
            Long[] applied = new Long[receipts.size()];
            int i = 0;
            for (Map<String, Object> r : receipts) {
                applied[i++] = ((Number) r.get("receipt_id")).longValue();
                String stat = (String) r.get("stat");
                DeliveryStatus status = DeliveryStatus.ofReceipt(stat).orElse(DeliveryStatus.SUBMITTED);
                String err = (String) r.get("err");
                String error = status.isFailure() ? stat + (err == null || err.isBlank() ? "" : " err:" + err) : null;
                String owner = (String) r.get("notification_id");
                String messageId = (String) r.get("message_id");
                if (owner == null) {
                    List<String> match = reconcile(messageId, status, error, (String) r.get("source_addr"));
                    if (match.isEmpty()) {
                        log.warn("receipt for unknown SMSC message id {} ({}) ignored", messageId, stat);
                    } else {
                        touched.add(match.get(0));
                    }
                    continue;
                }
                parts.add(new Object[] {status.name(), error, owner, ((Number) r.get("part")).intValue()});
                touched.add(owner);
            }
            jdbc.batchUpdate("UPDATE sms_part SET status = ?, error = ? WHERE notification_id = ? AND part = ?", parts);
            settle(touched);
            jdbc.update("UPDATE sms_receipt SET applied = true WHERE receipt_id = ANY(?)",
                    (Object) jdbc.execute((java.sql.Connection c) -> c.createArrayOf("bigint", applied)));
            return receipts.size();
        });
    }

    /** The notifications whose parts now decide their status. */
    private void settle(java.util.Collection<String> notificationIds) {
        if (notificationIds.isEmpty()) {
            return;
        }
        Map<String, List<DeliveryStatus>> parts = new java.util.HashMap<>();
        Map<String, String> errors = new java.util.HashMap<>();
        Map<String, Integer> segments = new java.util.HashMap<>();
        jdbc.query("""
                SELECT p.notification_id, p.status, p.error, greatest(n.segments, 1) AS segments
                FROM sms_part p JOIN notification n ON n.notification_id = p.notification_id
                WHERE p.notification_id = ANY(?)
                ORDER BY p.notification_id, p.part
                """, rs -> {
            parts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(DeliveryStatus.valueOf(rs.getString(2)));
            if (rs.getString(3) != null) {
                errors.putIfAbsent(rs.getString(1), rs.getString(3));
            }
            segments.put(rs.getString(1), rs.getInt(4));
        }, (Object) jdbc.execute((java.sql.Connection c) -> c.createArrayOf("text", notificationIds.toArray())));
        List<Object[]> updates = new ArrayList<>();
        parts.forEach((id, statuses) -> DeliveryStatus.ofParts(statuses, segments.get(id)).ifPresent(result ->
                updates.add(new Object[] {result.name(), result.isFailure() ? errors.get(id) : null, id})));
        jdbc.batchUpdate("""
                UPDATE notification_delivery SET status = ?, error = coalesce(?, error), done_at = now()
                WHERE notification_id = ? AND status IN ('SUBMITTED', 'SUBMITTING')
                """, updates);
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
