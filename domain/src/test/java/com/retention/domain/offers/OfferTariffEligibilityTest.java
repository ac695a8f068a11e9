package com.retention.domain.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A marketing list's tariff offer: the cool-offs of every campaign, and never the tariff one is on or has ordered. */
class OfferTariffEligibilityTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private final OfferEligibility eligibility = new OfferEligibility(OfferRules.defaults());

    @Test
    void aNewTariffWithoutHistoryMayBeOffered() {
        assertThat(eligibility.mayOfferTariff("M_S", "OLD_M", Set.of(), List.of(), D)).isTrue();
    }

    @Test
    void notTheTariffTheSubscriberIsOn() {
        assertThat(eligibility.mayOfferTariff("M_S", "M_S", Set.of(), List.of(), D)).isFalse();
    }

    @Test
    void notATariffWithAPendingOrderButAnotherOne() {
        assertThat(eligibility.mayOfferTariff("M_S", "OLD_M", Set.of("M_S"), List.of(), D)).isFalse();
        assertThat(eligibility.mayOfferTariff("M_L", "OLD_M", Set.of("M_S"), List.of(), D)).isTrue();
    }

    @Test
    void yesterdaysAcceptanceHoldsEveryOfferNinetyDays() {
        PastOffer accepted = new PastOffer(D.minusDays(3), OfferStatus.ACCEPTED, D.minusDays(1));
        assertThat(eligibility.mayOfferTariff("M_L", "OLD_M", Set.of(), List.of(accepted), D)).isFalse();
        assertThat(eligibility.mayOfferTariff("M_L", "OLD_M", Set.of(), List.of(accepted), D.plusDays(88))).isFalse();
        assertThat(eligibility.mayOfferTariff("M_L", "OLD_M", Set.of(), List.of(accepted), D.plusDays(89))).isTrue();
    }

    @Test
    void anOpenOfferAndADeclineHoldItToo() {
        assertThat(eligibility.mayOfferTariff("M_L", "OLD_M", Set.of(),
                List.of(new PastOffer(D.minusDays(29), OfferStatus.OPEN, null)), D)).isFalse();
        assertThat(eligibility.mayOfferTariff("M_L", "OLD_M", Set.of(),
                List.of(new PastOffer(D.minusDays(40), OfferStatus.DECLINED, D.minusDays(29))), D)).isFalse();
        assertThat(eligibility.mayOfferTariff("M_L", "OLD_M", Set.of(),
                List.of(new PastOffer(D.minusDays(40), OfferStatus.DECLINED, D.minusDays(30))), D)).isTrue();
    }

    @Property
    void neverTheCurrentOrAnOrderedTariffAndNeverAgainstTheCooloffs(@ForAll("tariffs") String offered,
            @ForAll("tariffs") String current, @ForAll("orders") Set<String> pending,
            @ForAll("histories") List<PastOffer> history) {
        boolean allowed = eligibility.mayOfferTariff(offered, current, pending, history, D);

        if (offered.equals(current) || pending.contains(offered) || !eligibility.mayOffer(history, D)) {
            assertThat(allowed).isFalse();
        } else {
            assertThat(allowed).isTrue();
        }
    }

    @Provide
    Arbitrary<String> tariffs() {
        return Arbitraries.of("M_S", "M_L", "OLD_M");
    }

    @Provide
    Arbitrary<Set<String>> orders() {
        return Arbitraries.of("M_S", "M_L", "OLD_M").set().ofMaxSize(2);
    }

    @Provide
    Arbitrary<List<PastOffer>> histories() {
        return Combinators.combine(Arbitraries.integers().between(-3, 120), Arbitraries.of(OfferStatus.class),
                        Arbitraries.integers().between(0, 40).injectNull(0.3))
                .as((ago, status, decidedAfter) -> new PastOffer(D.minusDays(ago), status,
                        decidedAfter == null || status == OfferStatus.OPEN ? null : D.minusDays(ago).plusDays(decidedAfter)))
                .list().ofMaxSize(3);
    }
}
