package com.retention.jobs.calllists.policy;

import com.retention.jobs.messages.MessageModel;
import java.time.ZoneId;

/** What a template may say about one decided contact: its subscriber and its campaign's data. */
final class ContactModels {

    private ContactModels() {
    }

    static MessageModel of(ContactRow row, ZoneId zone) {
        String language = "en".equals(row.language) ? "en" : "ru";
        MessageModel.Builder model = MessageModel.builder(language, zone, row.fullName);
        switch (row.campaign) {
            case "RETENTION" -> {
                if (row.offerTariff != null) {
                    model.offer(row.currentTariff, row.offerTariff, row.monthlySaving, row.validUntil);
                }
            }
            // A payment-due notice speaks of its invoice (the candidate's value is its open part), not of a debt.
            case "DUNNING" -> {
                if ("PAYMENT_DUE".equals(row.step)) {
                    if (row.invoiceDueOn != null) {
                        model.paymentDue(row.value, row.invoiceDueOn);
                    }
                } else if (row.overdueAmount != null) {
                    model.debt(row.overdueAmount, row.daysPastDue, row.oldestDueOn);
                }
            }
            case "OUTAGE" -> {
                if (row.outageStarts != null) {
                    model.outage(row.outageStarts.toInstant(), row.outageEnds == null ? null : row.outageEnds.toInstant());
                }
            }
            case "MARKETING" -> model.marketing(row.step, row.targetTariff, row.targetNote);
            default -> {
                // no campaign data: the template says what every template can
            }
        }
        return model.build();
    }
}
