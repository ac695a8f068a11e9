package com.retention.jobs.calllists.candidates;

import com.retention.domain.dunning.PaymentDueNotice;
import com.retention.domain.dunning.PaymentDueRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.tickets.TicketFollowUp;
import com.retention.domain.tickets.TicketFollowUpRules;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.offers.OfferMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step {@code candidates}: replaces D's contact candidates with those of today's decisions, marketing's
 * lists, yesterday's postponed contacts and the follow-ups of earlier outcomes. D's own tasks and
 * notifications go first, so a re-run of D starts from the same ground and ends the same. Runs in the
 * step's transaction: all or nothing.
 */
@Component
public class CandidateBuilder {

    private static final Logger log = LoggerFactory.getLogger(CandidateBuilder.class);

    private final CandidateMapper candidates;
    private final OfferMapper offers;
    private final CandidateRules rules;
    private final PaymentDueNotice paymentDue;
    private final TicketFollowUp ticketFollowUp;

    public CandidateBuilder(CandidateMapper candidates, OfferMapper offers, OfferRules offerRules,
                            PaymentDueRules paymentDueRules, TicketFollowUpRules ticketFollowUpRules) {
        this.candidates = candidates;
        this.offers = offers;
        this.rules = CandidateRules.of(offerRules, paymentDueRules);
        this.paymentDue = new PaymentDueNotice(paymentDueRules);
        this.ticketFollowUp = new TicketFollowUp(ticketFollowUpRules);
    }

    /** @return rows inserted per source, in insertion order */
    public Map<String, Integer> build(CallListDay day) {
        CandidateQuery q = query(day);
        int worked = candidates.countWorkedTasks(day.date());
        if (worked > 0) {
            // Deleting D's tasks would drop outcomes, orders and pauses already imported for them.
            throw new IllegalStateException("call lists of " + day.date() + " already have " + worked
                    + " imported outcomes; they cannot be rebuilt");
        }
        offers.resetControl(day.date());
        candidates.refreshAreaZones();
        candidates.analyzeAreaZones();
        candidates.deleteNotifications(day.date());
        candidates.deleteCallTasks(day.date());
        candidates.deleteCandidates(day.date());

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("outage", candidates.insertOutage(q));
        counts.put("dunning", candidates.insertDunning(q));
        counts.put("retention", candidates.insertRetention(q));
        counts.put("marketing", candidates.insertMarketing(q));
        counts.put("retries", candidates.insertRetries(q));
        counts.put("callbacks", candidates.insertCallbacks(q));
        counts.put("save desk", candidates.insertSave(q));
        counts.put("payment due", candidates.insertPaymentDue(q));
        counts.put("ticket follow-ups", candidates.insertTicketResolved(q));
        counts.put("kept place", candidates.inheritCarriedFrom(q));
        counts.put("carried", candidates.insertCarried(q));
        int dropped = candidates.closeDroppedSaveTasks(q);
        if (dropped > 0) {
            log.info("{} SAVE tasks of earlier days dropped: their request closed or the subscriber left", dropped);
        }
        candidates.analyzeCandidates(); // the policy step plans its reads over these rows next
        log.info("contact candidates of {}: {}", day.date(), counts);
        return counts;
    }

    /**
     * An intraday run of D after D's lists were made: D's decisions, tasks and outcomes stay; only the
     * SAVE calls of requests to leave opened since (open at the run's reference time) are added, for the
     * policy step's top-up ({@code DayPolicy.topUp}).
     */
    public int topUp(CallListDay day) {
        int added = candidates.insertSave(query(day));
        log.info("intraday top-up of {}: {} SAVE calls of new requests to leave", day.date(), added);
        return added;
    }

    /** D's lists exist already: an intraday run adds to them instead of building them anew. */
    public boolean listsExist(CallListDay day) {
        return candidates.countCallTasks(day.date()) > 0;
    }

    /**
     * D with the rules and D's notice windows, so the SQL holds no copy of them (the bench's SQL baseline
     * takes its values from here too).
     */
    public CandidateQuery query(CallListDay day) {
        return new CandidateQuery(day, rules, NoticeWindows.of(day, paymentDue, ticketFollowUp));
    }

    /** Candidates written (the "kept place" updates are not rows of their own). */
    public static int total(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("kept place")).mapToInt(Map.Entry::getValue).sum();
    }
}
