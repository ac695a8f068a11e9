package com.retention.jobs.calllists.candidates;

import com.retention.domain.contact.SaveCall;
import com.retention.domain.dunning.PaymentDueNotice;
import com.retention.domain.dunning.PaymentDueRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.tickets.SaveRequest;
import com.retention.domain.tickets.TicketFollowUp;
import com.retention.domain.tickets.TicketFollowUpRules;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.offers.OfferMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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
    private final OfferRules offerRules;
    private final PaymentDueRules paymentDueRules;
    private final PaymentDueNotice paymentDue;
    private final TicketFollowUp ticketFollowUp;

    public CandidateBuilder(CandidateMapper candidates, OfferMapper offers, OfferRules offerRules,
                            PaymentDueRules paymentDueRules, TicketFollowUpRules ticketFollowUpRules) {
        this.candidates = candidates;
        this.offers = offers;
        this.offerRules = offerRules;
        this.paymentDueRules = paymentDueRules;
        this.paymentDue = new PaymentDueNotice(paymentDueRules);
        this.ticketFollowUp = new TicketFollowUp(ticketFollowUpRules);
    }

    /** @return rows inserted per source, in insertion order */
    public Map<String, Integer> build(CallListDay day) {
        Map<String, Object> p = new HashMap<>(day.asParameters());
        p.putAll(CandidateRules.parameters());
        p.putAll(CandidateRules.offerParameters(offerRules));
        p.putAll(noticeParameters(day));
        int worked = candidates.countWorkedTasks(p);
        if (worked > 0) {
            // Deleting D's tasks would drop outcomes, orders and pauses already imported for them.
            throw new IllegalStateException("call lists of " + day.date() + " already have " + worked
                    + " imported outcomes; they cannot be rebuilt");
        }
        offers.resetControl(p);
        candidates.refreshAreaZones();
        candidates.analyzeAreaZones();
        candidates.deleteNotifications(p);
        candidates.deleteCallTasks(p);
        candidates.deleteCandidates(p);

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("outage", candidates.insertOutage(p));
        counts.put("dunning", candidates.insertDunning(p));
        counts.put("retention", candidates.insertRetention(p));
        counts.put("marketing", candidates.insertMarketing(p));
        counts.put("retries", candidates.insertRetries(p));
        counts.put("callbacks", candidates.insertCallbacks(p));
        counts.put("save desk", candidates.insertSave(p));
        counts.put("payment due", candidates.insertPaymentDue(p));
        counts.put("ticket follow-ups", candidates.insertTicketResolved(p));
        counts.put("kept place", candidates.inheritCarriedFrom(p));
        counts.put("carried", candidates.insertCarried(p));
        int dropped = candidates.closeDroppedSaveTasks(p);
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
        Map<String, Object> p = new HashMap<>(day.asParameters());
        p.putAll(CandidateRules.parameters());
        p.putAll(CandidateRules.offerParameters(offerRules));
        p.putAll(noticeParameters(day));
        int added = candidates.insertSave(p);
        log.info("intraday top-up of {}: {} SAVE calls of new requests to leave", day.date(), added);
        return added;
    }

    /** D's lists exist already: an intraday run adds to them instead of building them anew. */
    public boolean listsExist(CallListDay day) {
        return candidates.countCallTasks(day.asParameters()) > 0;
    }

    /**
     * The windows and thresholds of the PAYMENT_DUE and TICKET_RESOLVED statements and the save desk's
     * step and request categories, as the domain's rules give them for D, so the SQL holds no copy of them.
     */
    Map<String, Object> noticeParameters(CallListDay day) {
        Map<String, Object> p = new HashMap<>();
        p.put("paymentDueStep", PaymentDueNotice.STEP);
        p.put("paymentDueFrom", paymentDue.dueFrom(day.date()));
        p.put("paymentDueTo", paymentDue.dueTo(day.date()));
        p.put("paymentDueAsOf", day.date().minusDays(1));
        p.put("paymentDueMin", paymentDueRules.minOverdueAmount());
        p.put("ticketStep", TicketFollowUp.STEP);
        p.put("ticketCategories", TicketFollowUp.CATEGORIES.stream().sorted().toArray(String[]::new));
        p.put("saveStep", SaveCall.STEP);
        p.put("saveCategories", SaveRequest.categories());
        p.put("ticketsClosedFrom", OffsetDateTime.ofInstant(
                ticketFollowUp.closedFrom(day.referenceTime().toInstant()), ZoneOffset.UTC));
        return p;
    }

    /** Candidates written (the "kept place" updates are not rows of their own). */
    public static int total(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("kept place")).mapToInt(Map.Entry::getValue).sum();
    }
}
