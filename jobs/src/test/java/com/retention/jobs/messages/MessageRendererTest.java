package com.retention.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageRendererTest {

    static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    static final MessageRenderer PACKAGED = MessageRenderer.packaged();

    @TempDir
    Path dir;

    @Test
    void everyPackagedTemplateRendersInBothLanguages() {
        assertThat(PACKAGED.validateAll()).hasSize(MessageTemplate.values().length * 2)
                .contains("messages/ru/INCIDENT.ftl", "messages/en/INCIDENT.ftl", "scripts/ru/RETENTION_SAVING.ftl",
                        "scripts/en/MARKETING.ftl");
    }

    @Test
    void dunningSmsInRussianFormatsMoneyAndDate() {
        MessageModel model = MessageModel.builder("ru", VLADIVOSTOK, "Иванова Анна")
                .debt(new BigDecimal("1234.5"), 3, LocalDate.of(2026, 11, 18)).build();
        RenderedMessage sms = PACKAGED.renderNotification("REMINDER_SMS", model);
        assertThat(sms.template()).isEqualTo("messages/ru/REMINDER_SMS.ftl");
        assertThat(sms.text()).isEqualTo("Иванова Анна, долг по счёту 1 234,50 ₽, срок оплаты был 18.11.2026. Пожалуйста, оплатите.");
        assertThat(sms.segments()).isEqualTo(2); // Cyrillic: UCS-2, 89 characters > 70
    }

    @Test
    void englishUsesEnglishMoneyAndIsoDates() {
        MessageModel model = MessageModel.builder("en", VLADIVOSTOK, "John Smith")
                .debt(new BigDecimal("1234567.456"), 3, LocalDate.of(2026, 11, 18)).build();
        String text = PACKAGED.renderNotification("REMINDER_SMS", model).text();
        assertThat(text).isEqualTo("John Smith, your bill of 1,234,567.46 RUB was due on 2026-11-18. Please pay it.");
        assertThat(PACKAGED.renderNotification("REMINDER_SMS", model).segments()).isEqualTo(1); // GSM-7, under 160
    }

    @Test
    void outageTimesAreInTheSubscribersZone() {
        // 00:00Z is 10:00 in Vladivostok and 02:00 in Kaliningrad.
        Instant start = Instant.parse("2026-11-21T00:00:00Z");
        Instant end = Instant.parse("2026-11-21T04:00:00Z");
        MessageModel east = MessageModel.builder("ru", VLADIVOSTOK, "А").outage(start, end).build();
        MessageModel west = MessageModel.builder("ru", ZoneId.of("Europe/Kaliningrad"), "Б").outage(start, end).build();
        assertThat(PACKAGED.renderNotification("PRE_NOTICE", east).text())
                .isEqualTo("Плановые работы 21.11.2026 10:00–14:00: связь может прерываться. Извините за неудобства.");
        assertThat(PACKAGED.renderNotification("PRE_NOTICE", west).text()).contains("21.11.2026 02:00–06:00");
        assertThat(PACKAGED.renderNotification("RESTORED", east).text()).isEqualTo("Связь восстановлена 21.11.2026 14:00. Спасибо за терпение!");
        // An incident without an expected end says so instead of printing a gap.
        MessageModel open = MessageModel.builder("ru", VLADIVOSTOK, "А").outage(start, null).build();
        assertThat(PACKAGED.renderNotification("INCIDENT", open).text())
                .isEqualTo("Авария в сети с 21.11.2026 10:00. Уже устраняем. Извините!");
    }

    @Test
    void everySampleSmsFitsInTwoParts() {
        for (String step : new String[] {"REMINDER_SMS", "PAYMENT_DUE", "PRE_NOTICE", "INCIDENT", "RESTORED", "TICKET_RESOLVED"}) {
            for (String language : new String[] {"ru", "en"}) {
                MessageModel model = MessageModel.builder(language, VLADIVOSTOK, "Константинопольская Александра Владимировна")
                        .debt(new BigDecimal("123456.78"), 12, LocalDate.of(2026, 11, 9))
                        .outage(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-22T04:00:00Z")).build();
                assertThat(PACKAGED.renderNotification(step, model).segments()).as(step + " " + language).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void scriptsFillTariffsAndSavingAndKeepFreeTextPlain() {
        MessageModel offer = MessageModel.builder("ru", VLADIVOSTOK, "Пётр <b>&</b>")
                .offer("Старый М", "Смарт М", new BigDecimal("250"), LocalDate.of(2026, 12, 21)).build();
        RenderedMessage script = PACKAGED.renderScript("RETENTION", "SAVING", offer);
        assertThat(script.template()).isEqualTo("scripts/ru/RETENTION_SAVING.ftl");
        assertThat(script.text()).isEqualTo("Здравствуйте, Пётр <b>&</b>! Вы на тарифе «Старый М». По вашему расходу тариф "
                + "«Смарт М» сэкономит вам 250,00 ₽ в месяц. Предложение действует до 21.12.2026. Перейдём?");

        MessageModel marketing = MessageModel.builder("en", VLADIVOSTOK, "Jane")
                .marketing("WINTER_SALE", null, "=cmd|' /C calc'!A0").build();
        assertThat(PACKAGED.renderScript("MARKETING", "WINTER_SALE", marketing).text())
                .isEqualTo("Hello, Jane! We are calling about our WINTER_SALE offer. =cmd|' /C calc'!A0");
    }

    @Test
    void aMissingVariableFailsWithTheTemplateAndLine() {
        MessageModel noDebt = MessageModel.builder("ru", VLADIVOSTOK, "Иван").build();
        assertThatThrownBy(() -> PACKAGED.renderNotification("REMINDER_SMS", noDebt))
                .isInstanceOf(MessageTemplateException.class)
                .hasMessageStartingWith("template messages/ru/REMINDER_SMS.ftl line 1:")
                .hasMessageContaining("amount");
    }

    @Test
    void anOverrideFolderReplacesOnlyTheTemplatesItHolds() throws IOException {
        Path ru = Files.createDirectories(dir.resolve("messages/ru"));
        Files.writeString(ru.resolve("RESTORED.ftl"), "Всё работает с ${outageEnd}.");
        MessageRenderer edited = MessageRenderer.withOverrides(dir);
        MessageModel model = MessageModel.builder("ru", VLADIVOSTOK, "А")
                .outage(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-21T04:00:00Z")).build();
        assertThat(edited.renderNotification("RESTORED", model).text()).isEqualTo("Всё работает с 21.11.2026 14:00.");
        assertThat(edited.renderNotification("PRE_NOTICE", model).text()).startsWith("Плановые работы");
        assertThat(edited.validateAll()).hasSize(28); // 14 templates in two languages
    }

    @Test
    void validationCatchesABrokenEditedTemplateWithItsLine() throws IOException {
        Path en = Files.createDirectories(dir.resolve("scripts/en"));
        Files.writeString(en.resolve("OUTAGE_APOLOGY.ftl"), "Hello ${name}!\nSorry for ${outageStart}\n<#if outageEnd>x</#if");
        assertThatThrownBy(() -> MessageRenderer.withOverrides(dir).validateAll())
                .isInstanceOf(MessageTemplateException.class)
                .hasMessageStartingWith("template scripts/en/OUTAGE_APOLOGY.ftl line 3:");
    }

    @Test
    void validationCatchesAnOptionalVariableUsedWithoutAGuard() throws IOException {
        Path en = Files.createDirectories(dir.resolve("messages/en"));
        Files.writeString(en.resolve("INCIDENT.ftl"), "Fault since ${outageStart},\nfixed by ${outageEnd}.");
        assertThatThrownBy(() -> MessageRenderer.withOverrides(dir).validateAll())
                .isInstanceOf(MessageTemplateException.class)
                .hasMessageStartingWith("template messages/en/INCIDENT.ftl line 2:")
                .hasMessageContaining("outageEnd");
    }

    @Test
    void unknownStepsAndFoldersAreRefusedClearly() {
        MessageModel model = MessageModel.builder("ru", VLADIVOSTOK, "А").build();
        assertThatThrownBy(() -> PACKAGED.renderNotification("APOLOGY", model))
                .hasMessage("no message template for notification step APOLOGY");
        assertThatThrownBy(() -> MessageRenderer.withOverrides(dir.resolve("nope")))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> MessageModel.builder("de", VLADIVOSTOK, "A").build())
                .hasMessageContaining("language 'de'");
    }
}
