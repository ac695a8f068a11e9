package com.retention.domain.messages;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

    @ParameterizedTest(name = "{0} GSM characters -> {1} parts")
    @CsvSource({"1,1", "153,1", "160,1", "161,2", "306,2", "307,3", "459,3", "460,4"})
    void gsmBoundaries(int length, int parts) {
        SmsCount count = SmsSegments.count("a".repeat(length));
        assertThat(count.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(count.units()).isEqualTo(length);
        assertThat(count.segments()).isEqualTo(parts);
    }

    @ParameterizedTest(name = "{0} Cyrillic characters -> {1} parts")
    @CsvSource({"1,1", "70,1", "71,2", "134,2", "135,3", "201,3", "202,4"})
    void ucs2Boundaries(int length, int parts) {
        SmsCount count = SmsSegments.count("Ж".repeat(length));
        assertThat(count.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(count.units()).isEqualTo(length);
        assertThat(count.segments()).isEqualTo(parts);
    }

    @Test
    void oneCyrillicLetterMakesTheWholeTextUcs2() {
        assertThat(SmsSegments.count("a".repeat(69) + "я")).isEqualTo(new SmsCount(SmsEncoding.UCS_2, 70, 1));
        assertThat(SmsSegments.count("a".repeat(70) + "я")).isEqualTo(new SmsCount(SmsEncoding.UCS_2, 71, 2));
    }

    @Test
    void extensionCharactersCountDouble() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(new SmsCount(SmsEncoding.GSM_7, 160, 1));
        assertThat(SmsSegments.count("€".repeat(80) + "a")).isEqualTo(new SmsCount(SmsEncoding.GSM_7, 161, 2));
        assertThat(SmsSegments.count("{}[]~|^\\\f").units()).isEqualTo(18);
    }

    @Test
    void escapePairIsNotSplitAcrossParts() {
        // 306 septets would fit in 2 x 153, but the euro sign would straddle the parts.
        String text = "a".repeat(152) + "€" + "a".repeat(152);
        assertThat(SmsSegments.count(text)).isEqualTo(new SmsCount(SmsEncoding.GSM_7, 306, 3));
    }

    @Test
    void surrogatePairCountsTwoAndIsNotSplit() {
        assertThat(SmsSegments.count(EMOJI).units()).isEqualTo(2);
        assertThat(SmsSegments.count("Ж".repeat(68) + EMOJI)).isEqualTo(new SmsCount(SmsEncoding.UCS_2, 70, 1));
        assertThat(SmsSegments.count("Ж".repeat(69) + EMOJI).segments()).isEqualTo(2);
        String straddling = "Ж".repeat(66) + EMOJI + "Ж".repeat(66); // 134 units, 2 x 67 only if split
        assertThat(SmsSegments.count(straddling)).isEqualTo(new SmsCount(SmsEncoding.UCS_2, 134, 3));
    }

    @Test
    void gsmSpecialsStayGsm() {
        assertThat(SmsSegments.count("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà").encoding())
                .isEqualTo(SmsEncoding.GSM_7);
        assertThat(SmsSegments.count("ç").encoding()).as("only capital Ç is in GSM 03.38").isEqualTo(SmsEncoding.UCS_2);
        assertThat(SmsSegments.count("`").encoding()).isEqualTo(SmsEncoding.UCS_2);
    }

    @Test
    void emptyAndNullAreOnePart() {
        assertThat(SmsSegments.count("")).isEqualTo(new SmsCount(SmsEncoding.GSM_7, 0, 1));
        assertThat(SmsSegments.segments(null)).isEqualTo(1);
    }

    @Property
    void plainGsmFollowsTheFormula(@ForAll("gsmBasic") String text) {
        int n = text.length();
        int expected = n <= 160 ? 1 : (n + 152) / 153;
        assertThat(SmsSegments.segments(text)).isEqualTo(expected);
    }

    @Property
    void plainUcs2FollowsTheFormula(@ForAll @IntRange(min = 0, max = 500) int n) {
        String text = "Щ".repeat(n);
        int expected = n <= 70 ? 1 : (n + 66) / 67;
        assertThat(SmsSegments.segments(text)).isEqualTo(expected);
    }

    @Property
    void partsAlwaysHoldTheText(@ForAll String text) {
        SmsCount count = SmsSegments.count(text);
        int capacity = count.segments() == 1 ? count.encoding().singleLimit()
                : count.segments() * count.encoding().partLimit();
        assertThat(count.units()).isLessThanOrEqualTo(capacity);
        // never more parts than needed when every unboundable pair costs at most one unit per part
        assertThat(count.segments()).isLessThanOrEqualTo(Math.max(1,
                (count.units() + count.encoding().partLimit() - 2) / (count.encoding().partLimit() - 1)));
        if (count.encoding() == SmsEncoding.UCS_2) {
            assertThat(count.units()).isEqualTo(text.length());
        }
    }

    @Property
    void anyNonGsmCharacterForcesUcs2(@ForAll("gsmBasic") String prefix, @ForAll @IntRange(min = 0x400, max = 0x4FF) int cyrillic) {
        String text = prefix + (char) cyrillic;
        assertThat(SmsSegments.count(text).encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(SmsSegments.count(text).units()).isEqualTo(text.length());
    }

    @Provide
    Arbitrary<String> gsmBasic() {
        return Arbitraries.strings().withChars("abcXYZ 0123456789.,!?@£$_ΔΩÄöü").ofMaxLength(700);
    }
}
