package com.retention.jobs.demo;

import java.util.List;
import java.util.function.BiConsumer;

/** Each operator table as a COPY statement and the pass that writes its rows, in load order. */
final class DemoCopyTables {

    record Table(String name, String columns, BiConsumer<DemoOperator, CopyLine> rows) {

        String copySql() {
            return "COPY " + name + " (" + columns + ") FROM STDIN";
        }
    }

    static final List<Table> ALL = List.of(
            new Table("tariff", "tariff_code, name, monthly_fee, status, technology, segment, included_minutes, "
                    + "included_sms, included_data_gb, minute_price, sms_price, gb_price, speed_mbps, launched_on, closed_on",
                    (op, out) -> op.tariffs(t -> out.text(t.code()).text(t.name()).number(t.monthlyFee())
                            .text(t.status()).text(t.technology()).text(t.segment()).number(t.includedMinutes())
                            .number(t.includedSms()).number(t.includedDataGb()).decimal(t.minutePrice(), 4)
                            .decimal(t.smsPrice(), 4).decimal(t.gbPrice(), 4).number(t.speedMbps())
                            .date(t.launchedOn()).date(t.closedOn()).end())),
            new Table("area", "area_code, name, parent_code, kind, timezone",
                    (op, out) -> op.areas(a -> out.text(a.code()).text(a.name()).text(a.parentCode()).text(a.kind())
                            .text(a.timezone()).end())),
            new Table("account", "account_id", (op, out) -> op.accounts(a -> out.text(a.accountId()).end())),
            new Table("subscriber", "subscriber_id, account_id, full_name, phone, tariff_code, area_code, status, "
                    + "activated_on, tariff_since, terminated_on, segment, email, language, consent_calls, consent_sms, "
                    + "consent_email, personal_manager",
                    (op, out) -> op.subscribers(s -> out.text(s.subscriberId()).text(s.accountId()).text(s.fullName())
                            .text(s.phone()).text(s.tariff().code()).text(s.areaCode()).text(s.status())
                            .date(s.activatedOn()).date(s.tariffSince()).date(s.terminatedOn()).text(s.segment())
                            .text(s.email()).text(s.language()).bool(s.consentCalls()).bool(s.consentSms())
                            .bool(s.consentEmail()).text(s.personalManager()).end())),
            new Table("usage_month", "subscriber_id, month, charged, voice_minutes, sms, data_gb",
                    (op, out) -> op.usage(u -> out.text(u.subscriberId()).date(u.month()).money(u.chargedKopecks())
                            .decimal(u.voiceMinutes(), 1).decimal(u.sms(), 0).decimal(u.dataGb(), 3).end())),
            new Table("invoice", "invoice_id, account_id, issued_on, due_on, amount",
                    (op, out) -> op.invoices(i -> out.text(i.invoiceId()).text(i.accountId()).date(i.issuedOn())
                            .date(i.dueOn()).money(i.amountKopecks()).end())),
            new Table("payment", "payment_id, account_id, paid_on, amount",
                    (op, out) -> op.payments(p -> out.text(p.paymentId()).text(p.accountId()).date(p.paidOn())
                            .money(p.amountKopecks()).end())),
            new Table("ticket", "ticket_id, subscriber_id, opened_at, category, closed_at",
                    (op, out) -> op.tickets(t -> out.text(t.ticketId()).text(t.subscriberId()).instant(t.openedAt())
                            .text(t.category()).instant(t.closedAt()).end())),
            new Table("outage", "outage_id, area_code, kind, starts_at, expected_end_at, ended_at, description",
                    (op, out) -> op.outages(o -> out.text(o.outageId()).text(o.areaCode()).text(o.kind())
                            .instant(o.startsAt()).instant(o.expectedEndAt()).instant(o.endedAt())
                            .text(o.description()).end())),
            new Table("dnc", "phone, reason, added_on, expires_on",
                    (op, out) -> op.dnc(d -> out.text(d.phone()).text(d.reason()).date(d.addedOn())
                            .date(d.expiresOn()).end())));

    private DemoCopyTables() {
    }
}
