package com.retention.jobs.calllists.policy;

import com.retention.domain.common.Channel;
import com.retention.domain.contact.CapacityCut;
import com.retention.domain.contact.ContactCandidate;
import com.retention.domain.contact.ContactPolicy;
import com.retention.domain.contact.ContactPolicyInput;
import com.retention.domain.contact.Decision;
import com.retention.domain.contact.PastContact;
import com.retention.domain.contact.PolicyResult;
import com.retention.jobs.calllists.CallListDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides one run of whole phones (every candidate of those numbers, hence of their subscribers) with
 * the domain's ContactPolicy: every rule of the policy is per subscriber or per phone, so a run is decided
 * on its own. The calls that win are staged for the day's capacity cut, which the database makes
 * ({@link DecisionWriter#writeWinner}, the domain's {@link CapacityCut} in SQL).
 * Paused dunning contacts are recorded as SUPPRESSED (PAUSED) without asking the policy.
 */
final class ChunkDecider {

    static final String PAUSED = "PAUSED";

    private final ContactPolicy policy;
    private final CandidateFactory factory;
    private final PolicyMapper history;
    private final CallListDay day;
    private final boolean intraday;

    /** {@code intraday}: a top-up, the calls already on D's lists count as D's contacts. */
    ChunkDecider(ContactPolicy policy, CandidateFactory factory, PolicyMapper history, CallListDay day,
                 boolean intraday) {
        this.policy = policy;
        this.factory = factory;
        this.history = history;
        this.day = day;
        this.intraday = intraday;
    }

    void decide(List<PolicyRow> rows, DecisionWriter decisions) {
        List<ContactCandidate> candidates = new ArrayList<>(rows.size());
        Set<String> dnc = new HashSet<>();
        Map<String, LocalDate> complaints = new HashMap<>();
        Set<String> subscribers = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (PolicyRow row : rows) {
            if (row.paused()) {
                decisions.write(row.candidateId(), DecisionWriter.SUPPRESSED, PAUSED, null, null);
                continue;
            }
            candidates.add(factory.toCandidate(row));
            subscribers.add(row.subscriberId());
            phones.add(row.phone());
            if (row.dnc()) {
                dnc.add(row.phone());
            }
            if (row.lastComplaint() != null) {
                complaints.put(row.subscriberId(), row.lastComplaint());
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<PastContact> past = pastContacts(subscribers, phones);
        PolicyResult result = policy.decide(new ContactPolicyInput(day.date(), candidates, past, dnc, complaints));
        for (Decision decision : result.decisions()) {
            record(decision, decisions);
        }
    }

    private List<PastContact> pastContacts(Set<String> subscribers, Set<String> phones) {
        List<PastContact> past = new ArrayList<>();
        for (HistoryRow row : history.history(day, intraday, subscribers.toArray(String[]::new),
                phones.toArray(String[]::new))) {
            past.add(new PastContact(row.subscriberId, row.phone, row.contactedOn, Channel.valueOf(row.channel)));
        }
        return past;
    }

    /** Records a decision with the channel it was made for (an SMS planned to a landline went by e-mail). */
    private static void record(Decision decision, DecisionWriter decisions) {
        ContactCandidate c = decision.candidate();
        long id = CandidateFactory.rowIdOf(c.candidateId());
        String channel = c.channel().name();
        switch (decision.kind()) {
            case WINNER -> decisions.writeWinner(CapacityCut.Winner.of(decision));
            case SENT -> decisions.write(id, DecisionWriter.SENT, null, null, channel);
            case CONTROL -> decisions.write(id, DecisionWriter.CONTROL, null, null, channel);
            case SUPPRESSED -> decisions.write(id, decision.carriesOver() ? DecisionWriter.CARRIED : DecisionWriter.SUPPRESSED,
                    decision.reason().name(), decision.team(), channel);
        }
    }
}
