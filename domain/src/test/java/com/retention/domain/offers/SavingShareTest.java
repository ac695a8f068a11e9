package com.retention.domain.offers;

import static com.retention.domain.offers.Tariffs.tariff;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavingShareTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private final SavingShare savingShare = new SavingShare(OfferRules.defaults());

    @Test
    void shareOfTheCheapestCandidate() {
        BigDecimal share = savingShare.bestSavingShare(tariff("CUR", "400").build(),
                List.of(tariff("A", "340").build(), tariff("B", "360").build()), List.of(), D);

        assertThat(share).isEqualTo(new BigDecimal("0.1500"));
    }

    @Test
    void zeroWhenNothingIsCheaperOrNoCandidate() {
        assertThat(savingShare.bestSavingShare(tariff("CUR", "400").build(),
                List.of(tariff("A", "450").build()), List.of(), D)).isZero();
        assertThat(savingShare.bestSavingShare(tariff("CUR", "400").build(), List.of(), List.of(), D)).isZero();
        assertThat(savingShare.bestSavingShare(tariff("FREE", "0").build(),
                List.of(tariff("A", "0").build()), List.of(), D)).isZero();
    }

    @Test
    void ignoresTariffsThatCannotBeOffered() {
        BigDecimal share = savingShare.bestSavingShare(tariff("CUR", "400").build(),
                List.of(tariff("OLD", "100").legacy().build()), List.of(), D);

        assertThat(share).isZero();
    }
}
