package com.retention.jobs.calllists.candidates;

import com.retention.domain.offers.OfferRules;
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
    private final OfferRules offerRules;

    public CandidateBuilder(CandidateMapper candidates, OfferMapper offers, OfferRules offerRules) {
        this.candidates = candidates;
        this.offers = offers;
        this.offerRules = offerRules;
    }

    /** @return rows inserted per source, in insertion order */
    public Map<String, Integer> build(CallListDay day) {
        Map<String, Object> p = new java.util.HashMap<>(day.asParameters());
        p.putAll(CandidateRules.parameters());
        p.putAll(CandidateRules.offerParameters(offerRules));
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
        counts.put("kept place", candidates.inheritCarriedFrom(p));
        counts.put("carried", candidates.insertCarried(p));
        candidates.analyzeCandidates(); // the policy step plans its reads over these rows next
        log.info("contact candidates of {}: {}", day.date(), counts);
        return counts;
    }

    /** Candidates written (the "kept place" updates are not rows of their own). */
    public static int total(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("kept place")).mapToInt(Map.Entry::getValue).sum();
    }
}
