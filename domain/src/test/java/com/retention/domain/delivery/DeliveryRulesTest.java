package com.retention.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

    @Test
    void windowIsTheSubscribersLocalDaytimeExceptOutageNotices() {
        SendWindow window = SendWindow.defaults();
        Instant nineLocal = Instant.parse("2026-11-22T23:00:00Z"); // 09:00 in Vladivostok (+10)
        assertThat(window.allows(nineLocal, VLADIVOSTOK, "DUNNING")).isTrue();
        assertThat(window.allows(nineLocal.minusSeconds(1), VLADIVOSTOK, "DUNNING")).isFalse();
        assertThat(window.allows(Instant.parse("2026-11-22T11:00:00Z"), VLADIVOSTOK, "SERVICE")).isFalse(); // 21:00
        assertThat(window.allows(Instant.parse("2026-11-22T10:59:59Z"), VLADIVOSTOK, "SERVICE")).isTrue();
        assertThat(window.allows(Instant.parse("2026-11-22T16:00:00Z"), VLADIVOSTOK, "OUTAGE")).isTrue(); // 02:00
        assertThatThrownBy(() -> new SendWindow(LocalTime.of(21, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backoffDoublesUntilTheAttemptsRunOut() {
        RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(30));
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        assertThat(retry.nextAttempt(1, t)).contains(t.plusSeconds(30));
        assertThat(retry.nextAttempt(2, t)).contains(t.plusSeconds(60));
        assertThat(retry.nextAttempt(3, t)).isEmpty();
    }

    @Test
    void receiptsAndPartsGiveTheStatus() {
        assertThat(DeliveryStatus.ofReceipt("DELIVRD")).contains(DeliveryStatus.DELIVERED);
        assertThat(DeliveryStatus.ofReceipt("UNDELIV")).contains(DeliveryStatus.UNDELIVERABLE);
        assertThat(DeliveryStatus.ofReceipt("EXPIRED")).contains(DeliveryStatus.EXPIRED);
        assertThat(DeliveryStatus.ofReceipt("REJECTD")).contains(DeliveryStatus.REJECTED);
        assertThat(DeliveryStatus.ofReceipt("ENROUTE")).isEmpty();
        assertThat(DeliveryStatus.ofParts(List.of(DeliveryStatus.DELIVERED), 2)).isEmpty();
        assertThat(DeliveryStatus.ofParts(List.of(DeliveryStatus.DELIVERED, DeliveryStatus.DELIVERED), 2))
                .isEqualTo(Optional.of(DeliveryStatus.DELIVERED));
        assertThat(DeliveryStatus.ofParts(List.of(DeliveryStatus.DELIVERED, DeliveryStatus.EXPIRED), 2))
                .contains(DeliveryStatus.EXPIRED);
    }
}
