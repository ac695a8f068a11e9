package com.retention.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MessageFormatsTest {

    static final MessageFormats RU = MessageFormats.of("ru");
    static final MessageFormats EN = MessageFormats.of("en");

    @Test
    void moneyGroupsThousandsAndRoundsToKopecks() {
        assertThat(RU.money(new BigDecimal("1234.5"))).isEqualTo("1 234,50 ₽");
        assertThat(EN.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50 RUB");
        assertThat(RU.money(new BigDecimal("0"))).isEqualTo("0,00 ₽");
        assertThat(RU.money(new BigDecimal("999.999"))).isEqualTo("1 000,00 ₽");
        assertThat(RU.money(new BigDecimal("123456789.005"))).isEqualTo("123 456 789,01 ₽");
        assertThat(EN.money(new BigDecimal("-1500"))).isEqualTo("-1,500.00 RUB");
        assertThat(RU.money(new BigDecimal("1E+6"))).isEqualTo("1 000 000,00 ₽");
    }

    @Test
    void windowsAcrossMidnightShowBothDates() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        Instant start = Instant.parse("2026-11-21T19:00:00Z"); // 22:00 in Moscow
        Instant end = Instant.parse("2026-11-22T01:00:00Z");   // 04:00 next day
        assertThat(RU.window(start, end, moscow)).isEqualTo("21.11.2026 22:00 – 22.11.2026 04:00");
        assertThat(EN.window(start, end, moscow)).isEqualTo("2026-11-21 22:00 – 2026-11-22 04:00");
        assertThat(RU.window(start, null, moscow)).isEqualTo("с 21.11.2026 22:00");
        assertThat(EN.window(start, null, moscow)).isEqualTo("from 2026-11-21 22:00");
    }
}
