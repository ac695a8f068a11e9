package com.retention.domain.phones;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNormalizerTest {

    private final PhoneNormalizer normalizer = PhoneNormalizer.russian();

    @ParameterizedTest
    @ValueSource(strings = {"8 916 123-45-67", "+7(916)1234567", "79161234567", "9161234567",
            " +7 916 123 45 67 ", "8(916)123-45-67", "+7-916-123-45-67"})
    void russianFormatsBecomeE164(String typed) {
        assertThat(normalizer.normalize(typed).e164()).contains("+79161234567");
    }

    @Test
    void numericCellAsDoubleIsNotScientific() {
        double cell = 79161234567.0;
        assertThat(Double.toString(cell)).contains("E"); // the trap this overload exists for
        assertThat(normalizer.normalize(cell).e164()).contains("+79161234567");
        assertThat(normalizer.normalize(89161234567.0).e164()).contains("+79161234567");
        assertThat(normalizer.normalize(9161234567.0).e164()).contains("+79161234567");
    }

    @Test
    void onlyMobileNumbersReceiveSms() {
        assertThat(normalizer.canReceiveSms("+79161234567")).as("Moscow mobile").isTrue();
        assertThat(normalizer.canReceiveSms("+74951234567")).as("Moscow landline").isFalse();
        assertThat(normalizer.canReceiveSms("+74232401234")).as("Vladivostok landline").isFalse();
        assertThat(normalizer.canReceiveSms("+78001234567")).as("toll-free").isFalse();
        assertThat(normalizer.canReceiveSms(null)).isFalse();
        assertThat(normalizer.canReceiveSms("not a number")).isFalse();
    }

    @Test
    void numericCellAsLong() {
        assertThat(normalizer.normalize(79161234567L).e164()).contains("+79161234567");
    }

    @Test
    void numericCellWithFractionOrNonsenseIsRejected() {
        assertThat(normalizer.normalize(7916123456.5).reason()).hasValueSatisfying(r -> assertThat(r).contains("fraction"));
        assertThat(normalizer.normalize(Double.NaN).isValid()).isFalse();
        assertThat(normalizer.normalize(Double.POSITIVE_INFINITY).isValid()).isFalse();
        assertThat(normalizer.normalize(-79161234567.0).isValid()).isFalse();
        assertThat(normalizer.normalize(0L).isValid()).isFalse();
    }

    @Test
    void landlineMoscowIsAccepted() {
        assertThat(normalizer.normalize("8 (495) 123-45-67").e164()).contains("+74951234567");
    }

    @Test
    void kazakhNumberSharingPlusSevenIsRejected() {
        PhoneResult result = normalizer.normalize("+7 701 123 45 67");
        assertThat(result.isValid()).isFalse();
        assertThat(result.reason()).hasValueSatisfying(r -> assertThat(r).contains("KZ"));
    }

    @Test
    void foreignNumberIsRejected() {
        assertThat(normalizer.normalize("+44 20 7946 0958").reason())
                .hasValueSatisfying(r -> assertThat(r).contains("GB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "123", "8 916 123-45-67-89-00", "+999 123 456"})
    void garbageIsRejectedWithAReason(String typed) {
        PhoneResult result = normalizer.normalize(typed);
        assertThat(result.isValid()).isFalse();
        assertThat(result.e164()).isEmpty();
        assertThat(result.reason()).hasValueSatisfying(r -> assertThat(r).isNotBlank());
    }

    @Test
    void nullIsRejectedNotThrown() {
        assertThat(normalizer.normalize((String) null).reason()).contains("phone is empty");
    }

    @Test
    void extensionIsRejected() {
        assertThat(normalizer.normalize("+7 495 123 45 67 ext. 123").reason()).contains("phone has an extension");
    }

    @Test
    void unknownRegionIsAProgrammingError() {
        assertThatThrownBy(() -> new PhoneNormalizer("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every typing of the same Russian mobile normalises to one E.164 value. */
    @Property
    void allTypingsOfAMobileAgree(@ForAll @LongRange(min = 9_000_000_000L, max = 9_999_999_999L) long national) {
        String digits = Long.toString(national);
        PhoneResult plain = normalizer.normalize(digits);
        String spaced = "8 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + "-"
                + digits.substring(6, 8) + "-" + digits.substring(8);
        String international = "+7(" + digits.substring(0, 3) + ")" + digits.substring(3);
        assertThat(normalizer.normalize(spaced)).isEqualTo(plain);
        assertThat(normalizer.normalize(international)).isEqualTo(plain);
        assertThat(normalizer.normalize("7" + digits)).isEqualTo(plain);
        assertThat(normalizer.normalize(Double.parseDouble("7" + digits))).isEqualTo(plain);
        plain.e164().ifPresent(e164 -> assertThat(e164).isEqualTo("+7" + digits));
    }
}
