package com.retention.jobs.messages;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a {@link MessageModel} into the variables a template sees, already formatted for the
 * subscriber's language and zone. A value the model lacks is left out, so a template that uses
 * it without {@code ??} fails loudly instead of printing an empty gap.
 */
final class MessageVariables {

    private MessageVariables() {
    }

    static Map<String, Object> of(MessageModel model) {
        MessageFormats formats = MessageFormats.of(model.language());
        Map<String, Object> vars = new HashMap<>();
        vars.put("language", model.language());
        vars.put("name", model.fullName());
        putIfPresent(vars, "currentTariff", model.currentTariff());
        putIfPresent(vars, "offerTariff", model.offerTariff());
        if (model.monthlySaving() != null) {
            vars.put("saving", formats.money(model.monthlySaving()));
        }
        if (model.offerValidUntil() != null) {
            vars.put("offerValidUntil", formats.date(model.offerValidUntil()));
        }
        if (model.overdueAmount() != null) {
            vars.put("amount", formats.money(model.overdueAmount()));
        }
        putIfPresent(vars, "daysPastDue", model.daysPastDue());
        if (model.dueDate() != null) {
            vars.put("dueDate", formats.date(model.dueDate()));
        }
        if (model.outageStartsAt() != null) {
            vars.put("outageStart", formats.dateTime(model.outageStartsAt(), model.zone()));
            vars.put("outageWindow", formats.window(model.outageStartsAt(), model.outageEndsAt(), model.zone()));
        }
        if (model.outageEndsAt() != null) {
            vars.put("outageEnd", formats.dateTime(model.outageEndsAt(), model.zone()));
        }
        putIfPresent(vars, "campaign", model.campaign());
        putIfPresent(vars, "note", model.note() == null || model.note().isBlank() ? null : model.note());
        return vars;
    }

    private static void putIfPresent(Map<String, Object> vars, String name, Object value) {
        if (value != null) {
            vars.put(name, value);
        }
    }
}
