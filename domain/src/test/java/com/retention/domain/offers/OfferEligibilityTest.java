package com.retention.domain.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferEligibilityTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private final OfferEligibility eligibility = new OfferEligibility(OfferRules.defaults());

    private boolean mayOffer(PastOffer... history) {
        return eligibility.mayOffer(List.of(history), D);
    }

    @Test
    void noHistoryMayOffer() {
        assertThat(mayOffer()).isTrue();
    }

    @Test
    void openOfferIsValidThirtyDays() {
        assertThat(mayOffer(new PastOffer(D.minusDays(29), OfferStatus.OPEN, null))).isFalse();
        assertThat(mayOffer(new PastOffer(D.minusDays(30), OfferStatus.OPEN, null))).isTrue();
        assertThat(mayOffer(new PastOffer(D, OfferStatus.OPEN, null))).isFalse();
    }

    @Test
    void acceptedBlocksNinetyDaysFromTheDecision() {
        assertThat(mayOffer(new PastOffer(D.minusDays(120), OfferStatus.ACCEPTED, D.minusDays(89)))).isFalse();
        assertThat(mayOffer(new PastOffer(D.minusDays(120), OfferStatus.ACCEPTED, D.minusDays(90)))).isTrue();
    }

    @Test
    void declinedBlocksThirtyDaysFromTheDecision() {
        assertThat(mayOffer(new PastOffer(D.minusDays(40), OfferStatus.DECLINED, D.minusDays(29)))).isFalse();
        assertThat(mayOffer(new PastOffer(D.minusDays(40), OfferStatus.DECLINED, D.minusDays(30)))).isTrue();
    }

    @Test
    void unknownDecisionDateCountsFromTheOfferDate() {
        assertThat(mayOffer(new PastOffer(D.minusDays(89), OfferStatus.ACCEPTED, null))).isFalse();
        assertThat(mayOffer(new PastOffer(D.minusDays(90), OfferStatus.ACCEPTED, null))).isTrue();
    }

    @Test
    void expiredOffersDoNotBlock() {
        assertThat(mayOffer(new PastOffer(D.minusDays(1), OfferStatus.EXPIRED, null))).isTrue();
    }

    @Test
    void offersMadeAfterDAreIgnoredSoReRunsDecideAsBefore() {
        assertThat(mayOffer(new PastOffer(D.plusDays(1), OfferStatus.OPEN, null))).isTrue();
    }

    @Test
    void anyBlockingOfferInTheHistoryBlocks() {
        assertThat(mayOffer(new PastOffer(D.minusDays(400), OfferStatus.ACCEPTED, D.minusDays(390)),
                new PastOffer(D.minusDays(10), OfferStatus.DECLINED, D.minusDays(5)))).isFalse();
    }

    @Test
    void aSaveOfferIgnoresAnOpenOfferAndADeclineButNotAnAcceptance() {
        PastOffer open = new PastOffer(D.minusDays(3), OfferStatus.OPEN, null);
        PastOffer declined = new PastOffer(D.minusDays(10), OfferStatus.DECLINED, D.minusDays(5));
        PastOffer accepted = new PastOffer(D.minusDays(100), OfferStatus.ACCEPTED, D.minusDays(89));
        PastOffer acceptedLongAgo = new PastOffer(D.minusDays(120), OfferStatus.ACCEPTED, D.minusDays(90));

        assertThat(mayOffer(open, declined)).isFalse();
        assertThat(eligibility.mayOfferToSave(List.of(open, declined), D)).isTrue();
        assertThat(eligibility.mayOfferToSave(List.of(open, accepted), D)).isFalse();
        assertThat(eligibility.mayOfferToSave(List.of(acceptedLongAgo, declined), D)).isTrue();
        assertThat(eligibility.mayOfferToSave(List.of(new PastOffer(D.plusDays(1), OfferStatus.ACCEPTED, D.plusDays(1))), D))
                .isTrue();
    }
}
