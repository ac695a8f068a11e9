package com.retention.jobs.delivery;

import com.retention.domain.delivery.DeliveryStatus;
import com.retention.domain.delivery.RetryPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery state of the notifications (tables {@code notification_delivery}, {@code sms_part},
 * {@code sms_receipt}, {@link DeliveryMapper}). Every write commits on its own, whatever transaction the
 * caller runs in: the intent must be durable before the submit, and the result as soon as it is known.
 * The writes of a batch go to the database as JDBC batches: their transactions use a BATCH session only.
 */
@Component
public class DeliveryStore {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStore.class);
    static final String STALE = "no answer recorded: the run stopped between the submit and its commit, "
            + "so it is not sent again (at most once); for SMS a receipt confirms it";

    private final DeliveryMapper delivery;
    private final SqlSessionTemplate batchSession;
    private final DeliveryMapper batched;
    private final TransactionTemplate own;

    DeliveryStore(DeliveryMapper delivery, SqlSessionFactory sessions, PlatformTransactionManager transactions) {
        this.delivery = delivery;
        this.batchSession = new SqlSessionTemplate(sessions, ExecutorType.BATCH);
        this.batched = batchSession.getMapper(DeliveryMapper.class);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Intents a dead run left (the caller holds the channel's lock, so nobody else is submitting):
     * SUBMITTED without an id, never submitted again.
     */
    public int settleStaleIntents(String channel) {
        return own.execute(tx -> delivery.settleStaleIntents(channel, STALE));
    }

    /** The next notifications of D due an attempt, after {@code afterId} in id order. */
    public List<Pending> due(LocalDate date, String channel, Instant now, String afterId, int limit) {
        return delivery.due(date, channel, now, afterId, limit).stream()
                .map(r -> new Pending(r.notificationId, r.toAddress, r.campaign, r.step, language(r.template), r.text,
                        r.segments, r.timezone, r.attempts))
                .toList();
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
        int[] taken = own.execute(tx -> {
            batch.forEach(p -> batched.recordIntent(p.notificationId(), date, channel, now));
            return updateCounts(batchSession.flushStatements(), batch.size());
        });
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

    /** The counts of one statement sent as one batch, one per call, in call order. */
    private static int[] updateCounts(List<BatchResult> results, int calls) {
        int[] counts = results.stream().flatMapToInt(r -> Arrays.stream(r.getUpdateCounts())).toArray();
        if (counts.length != calls) {
            throw new IllegalStateException(calls + " intents sent, " + counts.length + " counts back");
        }
        return counts;
    }

    /**
     * Records and commits what the attempts of one batch came to: the accepted, the transient failures,
     * the refused, the unknown, then the parts, each kind one JDBC batch.
     */
    public void recordAttempts(List<Attempt> attempts, RetryPolicy retry, Instant now) {
        if (attempts.isEmpty()) {
            return;
        }
        List<Runnable> accepted = new ArrayList<>();
        List<Runnable> transients = new ArrayList<>();
        List<Runnable> refused = new ArrayList<>();
        List<Runnable> unknown = new ArrayList<>();
        List<Runnable> parts = new ArrayList<>();
        for (Attempt attempt : attempts) {
            if (attempt instanceof Attempt.Accepted a) {
                boolean mail = a.messageIds().isEmpty(); // the relay took it: as far as SMTP tells
                accepted.add(() -> batched.recordAccepted(a.notificationId(), mail ? "DELIVERED" : "SUBMITTED",
                        mail ? null : a.messageIds().get(0), now, mail ? now : null));
                addParts(parts, a.notificationId(), a.messageIds());
            } else if (attempt instanceof Attempt.Transient t) {
                Optional<Instant> next = retry.nextAttempt(t.attempts(), now);
                transients.add(() -> batched.recordTransient(t.notificationId(), next.isPresent() ? "RETRY" : "FAILED",
                        t.error(), next.orElse(null), next.isPresent() ? null : now));
            } else if (attempt instanceof Attempt.Refused r) {
                refused.add(() -> batched.recordRefused(r.notificationId(), r.error(), now));
            } else if (attempt instanceof Attempt.Unknown u) {
                unknown.add(() -> batched.recordUnknown(u.notificationId(), u.error(), now,
                        u.messageIds().isEmpty() ? null : u.messageIds().get(0)));
                addParts(parts, u.notificationId(), u.messageIds());
            }
        }
        own.executeWithoutResult(tx -> {
            for (List<Runnable> kind : List.of(accepted, transients, refused, unknown, parts)) {
                kind.forEach(Runnable::run);
            }
            batchSession.flushStatements();
        });
    }

    private void addParts(List<Runnable> parts, String notificationId, List<String> messageIds) {
        for (int i = 0; i < messageIds.size(); i++) {
            int part = i + 1;
            String messageId = messageIds.get(i);
            parts.add(() -> batched.insertPart(messageId, notificationId, part));
        }
    }

    /** Keeps a receipt as it arrives (committed before the SMSC gets its acknowledgement). */
    public void saveReceipt(String messageId, String stat, String err, String sourceAddr) {
        delivery.saveReceipt(messageId, stat, err, sourceAddr);
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
            List<DeliveryMapper.ReceiptRow> receipts = batched.unappliedReceipts();
            if (receipts.isEmpty()) {
                return 0;
            }
            List<Runnable> parts = new ArrayList<>(receipts.size());
            Set<String> touched = new LinkedHashSet<>();
            Long[] applied = new Long[receipts.size()];
            int i = 0;
            for (DeliveryMapper.ReceiptRow r : receipts) {
                applied[i++] = r.receiptId;
                DeliveryStatus status = DeliveryStatus.ofReceipt(r.stat).orElse(DeliveryStatus.SUBMITTED);
                String error = status.isFailure() ? r.stat + (r.err == null || r.err.isBlank() ? "" : " err:" + r.err) : null;
                if (r.notificationId == null) {
                    Optional<String> match = reconcile(r.messageId, status, error, r.sourceAddr);
                    if (match.isEmpty()) {
                        log.warn("receipt for unknown SMSC message id {} ({}) ignored", r.messageId, r.stat);
                    } else {
                        touched.add(match.get());
                    }
                    continue;
                }
                String owner = r.notificationId;
                int part = r.part;
                parts.add(() -> batched.setPartStatus(owner, part, status.name(), error));
                touched.add(owner);
            }
            parts.forEach(Runnable::run);
            settle(touched);
            batched.markApplied(applied);
            batchSession.flushStatements();
            return receipts.size();
        });
    }

    /** The notifications whose parts now decide their status. */
    private void settle(Collection<String> notificationIds) {
        if (notificationIds.isEmpty()) {
            return;
        }
        Map<String, List<DeliveryStatus>> parts = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, Integer> segments = new HashMap<>();
        for (DeliveryMapper.PartRow p : batched.parts(notificationIds.toArray(String[]::new))) {
            parts.computeIfAbsent(p.notificationId, k -> new ArrayList<>()).add(DeliveryStatus.valueOf(p.status));
            if (p.error != null) {
                errors.putIfAbsent(p.notificationId, p.error);
            }
            segments.put(p.notificationId, p.segments);
        }
        parts.forEach((id, statuses) -> DeliveryStatus.ofParts(statuses, segments.get(id)).ifPresent(result ->
                batched.settle(id, result.name(), result.isFailure() ? errors.get(id) : null)));
    }

    /** The notification a dead run submitted to this number but never recorded an id for. */
    private Optional<String> reconcile(String messageId, DeliveryStatus status, String error, String sourceAddr) {
        if (sourceAddr == null || sourceAddr.isBlank()) {
            return Optional.empty();
        }
        String phone = sourceAddr.startsWith("+") ? sourceAddr : "+" + sourceAddr;
        Optional<String> match = batched.unrecordedTo(phone);
        match.ifPresent(notificationId -> {
            batched.insertReconciledPart(messageId, notificationId, status.name(), error);
            batched.recordMessageId(notificationId, messageId);
        });
        return match;
    }

    /** Notifications of D still waiting for a receipt. */
    public int awaitingReceipts(LocalDate date) {
        return delivery.awaitingReceipts(date);
    }

    /** Whether any notification of D and channel is due an attempt now. */
    public boolean anyDue(LocalDate date, String channel, Instant now) {
        return !due(date, channel, now, "", 1).isEmpty();
    }
}
