package com.retention.domain.quality;

import com.retention.domain.outcomes.OutcomeCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The monthly quality sample (README, "Quality sample"): of each agent's calls that reached the
 * subscriber in the month, {@code callsPerAgent} are listened to: every COMPLAINT first, then the
 * rated calls from the lowest csat up, then the rest in a stable random order (a hash of month and
 * task, so a re-run of the month picks the same calls); fewer when the agent made fewer. Ties keep
 * the random order. One agent's calls are kept to {@code callsPerAgent} at a time, so any number
 * can be streamed through.
 */
public final class QaSampling {

    private final int callsPerAgent;

    public QaSampling(int callsPerAgent) {
        if (callsPerAgent < 1) {
            throw new IllegalArgumentException("retention.qa.calls-per-agent must be at least 1: " + callsPerAgent);
        }
        this.callsPerAgent = callsPerAgent;
    }

    public int callsPerAgent() {
        return callsPerAgent;
    }

    /** The sample of one agent's reached calls of {@code month} (in any order), best first. */
    public List<QaPick> pick(YearMonth month, Iterable<QaCall> agentCalls) {
        Comparator<Weighed> order = Comparator.comparing(Weighed::call, callOrder()).thenComparing(Weighed::draw);
        PriorityQueue<Weighed> kept = new PriorityQueue<>(order.reversed()); // the worst kept on top
        for (QaCall call : agentCalls) {
            kept.add(new Weighed(call, draw(month, call.taskId())));
            if (kept.size() > callsPerAgent) {
                kept.poll();
            }
        }
        List<Weighed> best = new ArrayList<>(kept);
        best.sort(order);
        return best.stream().map(w -> new QaPick(w.call(), reason(w.call()))).toList();
    }

    /** Complaints, then rated calls by csat ascending, then the unrated ones. */
    private static Comparator<QaCall> callOrder() {
        return Comparator.comparing((QaCall call) -> call.outcome() != OutcomeCode.COMPLAINT)
                .thenComparing(QaCall::csat, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    static QaPick.Reason reason(QaCall call) {
        if (call.outcome() == OutcomeCode.COMPLAINT) {
            return QaPick.Reason.COMPLAINT;
        }
        return call.csat() != null ? QaPick.Reason.CSAT : QaPick.Reason.RANDOM;
    }

    /** The stable random key of a call in a month: SHA-256 of {@code 2026-11:task_id}, in hex. */
    public static String draw(YearMonth month, String taskId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((month + ":" + taskId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Weighed(QaCall call, String draw) {
    }
}
