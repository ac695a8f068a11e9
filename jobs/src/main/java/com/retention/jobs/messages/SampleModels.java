package com.retention.jobs.messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables {@link MessageRenderer#validateAll()} renders every template with: once with
 * everything set, and once with only what the template's step guarantees.
 */
final class SampleModels {

    private SampleModels() {
    }

    static Map<String, Object> full(String language) {
        MessageModel model = MessageModel.builder(language, ZoneId.of("Asia/Vladivostok"), "Иванова Анна Сергеевна")
                .offer("LEGACY_M", "SMART_M", new BigDecimal("1234.50"), LocalDate.of(2026, 12, 21))
                .debt(new BigDecimal("15320.00"), 9, LocalDate.of(2026, 11, 12))
                .outage(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-21T04:00:00Z"))
                .marketing("WINTER_SALE", null, "Скидка 20 % на 3 месяца")
                .build();
        return MessageVariables.of(model);
    }

    static Map<String, Object> minimal(MessageTemplate template, String language) {
        Map<String, Object> all = full(language);
        Map<String, Object> vars = new HashMap<>();
        for (String name : MessageTemplate.BASE_VARIABLES) {
            vars.put(name, all.get(name));
        }
        for (String name : template.guaranteed()) {
            vars.put(name, all.get(name));
        }
        return vars;
    }
}
