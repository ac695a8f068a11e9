package com.retention.jobs.calllists.candidates;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;
import com.retention.domain.offers.OfferEligibility;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outages.NoticeKind;
import com.retention.domain.outcomes.OutcomeCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain's rules the candidates SQL applies, as MyBatis parameters, so the statements hold no
 * copy of them: which channels each outage notice goes by per segment ({@link NoticeKind#channels}),
 * which outcomes are retried ({@link OutcomeCode#isRetry}) and up to how many attempts
 * ({@link OutcomeCode#MAX_ATTEMPTS}).
 */
final class CandidateRules {

    private CandidateRules() {
    }

    /**
     * The offer cool-offs a marketing list's tariff offer obeys ({@code offerCoolingOff} in the SQL),
     * the days of {@link OfferRules} as {@link OfferEligibility} counts them.
     */
    static Map<String, Object> offerParameters(OfferRules rules) {
        Map<String, Object> p = new HashMap<>();
        p.put("offerValidDays", rules.offerValidDays());
        p.put("acceptedCooldownDays", rules.acceptedCooldownDays());
        p.put("declinedCooldownDays", rules.declinedCooldownDays());
        return p;
    }

    static Map<String, Object> parameters() {
        List<String> kinds = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Segment segment : Segment.values()) {
                for (Channel channel : kind.channels(segment)) {
                    kinds.add(kind.name());
                    segments.add(segment.name());
                    channels.add(channel.name());
                }
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("noticeKinds", kinds.toArray(String[]::new));
        p.put("noticeSegments", segments.toArray(String[]::new));
        p.put("noticeChannels", channels.toArray(String[]::new));
        p.put("retryOutcomes", Arrays.stream(OutcomeCode.values()).filter(OutcomeCode::isRetry).map(Enum::name)
                .toArray(String[]::new));
        p.put("maxAttempts", OutcomeCode.MAX_ATTEMPTS);
        return p;
    }
}
