package com.retention.jobs.calllists.candidates;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;
import com.retention.domain.contact.SaveCall;
import com.retention.domain.dunning.PaymentDueNotice;
import com.retention.domain.dunning.PaymentDueRules;
import com.retention.domain.offers.OfferEligibility;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outages.NoticeKind;
import com.retention.domain.outcomes.OutcomeCode;
import com.retention.domain.tickets.SaveRequest;
import com.retention.domain.tickets.TicketFollowUp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The domain's rules the candidates SQL applies ({@code #{rules.…}} in {@code CandidateMapper.xml}), so
 * the statements hold no copy of them: which channels each outage notice goes by per segment
 * ({@link NoticeKind#channels}: {@code noticeKinds}, {@code noticeSegments}, {@code noticeChannels} are
 * parallel), which outcomes are retried ({@link OutcomeCode#isRetry}) and up to how many attempts
 * ({@link OutcomeCode#MAX_ATTEMPTS}), the offer cool-offs a marketing list's tariff offer obeys
 * ({@link OfferRules} as {@link OfferEligibility} counts them), the PAYMENT_DUE threshold
 * ({@link PaymentDueRules}), and the steps and ticket categories of the service notices and the
 * save desk. The same for every date; the dates they give for D are {@link NoticeWindows}.
 */
public record CandidateRules(String[] noticeKinds, String[] noticeSegments, String[] noticeChannels,
                      String[] retryOutcomes, int maxAttempts,
                      int offerValidDays, int acceptedCooldownDays, int declinedCooldownDays,
                      String paymentDueStep, BigDecimal paymentDueMin,
                      String ticketStep, String[] ticketCategories,
                      String saveStep, String[] saveCategories) {

    public static CandidateRules of(OfferRules offers, PaymentDueRules paymentDue) {
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
        return new CandidateRules(kinds.toArray(String[]::new), segments.toArray(String[]::new),
                channels.toArray(String[]::new),
                Arrays.stream(OutcomeCode.values()).filter(OutcomeCode::isRetry).map(Enum::name).toArray(String[]::new),
                OutcomeCode.MAX_ATTEMPTS,
                offers.offerValidDays(), offers.acceptedCooldownDays(), offers.declinedCooldownDays(),
                PaymentDueNotice.STEP, paymentDue.minOverdueAmount(),
                TicketFollowUp.STEP, TicketFollowUp.CATEGORIES.stream().sorted().toArray(String[]::new),
                SaveCall.STEP, SaveRequest.categories());
    }
}
