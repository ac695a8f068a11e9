package com.retention.jobs.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a generated operator as the import files of the README, the way an operator's exports look:
 * some `;`-separated with decimal commas and dd.MM.yyyy dates, phones in every Russian spelling, and
 * about one subscriber row in 200 (and a few payment and DNC rows) dirty (a bad or Kazakh phone, an
 * unknown tariff, an impossible date), so that `retention import` has rows to reject.
 */
public final class DemoFiles {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final CSVFormat SEMICOLON = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
    private static final CSVFormat COMMA = CSVFormat.DEFAULT;

    private DemoFiles() {
    }

    /** Writes one file per kind into {@code dir}; returns the data rows written per file. */
    public static Map<String, Long> write(Path dir, DemoSpec spec) {
        DemoOperator op = new DemoOperator(spec);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            rows.put("tariffs.csv", file(dir, "tariffs.csv", SEMICOLON, new String[] {"tariff_code", "name",
                    "monthly_fee", "status", "technology", "segment", "included_minutes", "included_sms",
                    "included_data_gb", "minute_price", "sms_price", "gb_price", "speed_mbps", "launched_on", "closed_on"},
                    out -> op.tariffs(t -> out.accept(new Object[] {t.code(), t.name(), t.monthlyFee(), t.status(),
                            t.technology(), t.segment(), allowance(t.includedMinutes()), allowance(t.includedSms()),
                            allowance(t.includedDataGb()), comma(t.minutePrice(), 2), comma(t.smsPrice(), 2),
                            comma(t.gbPrice(), 2), t.speedMbps(), ruDate(t.launchedOn()), ruDate(t.closedOn())}))));
            rows.put("areas.csv", file(dir, "areas.csv", COMMA, new String[] {"area_code", "name", "parent_code", "kind",
                    "timezone"}, out -> op.areas(a -> out.accept(new Object[] {a.code(), a.name(), a.parentCode(),
                    a.kind(), a.timezone()}))));
            rows.put("subscribers.csv", file(dir, "subscribers.csv", SEMICOLON, new String[] {"subscriber_id",
                    "account_id", "full_name", "phone", "tariff_code", "area_code", "status", "activated_on",
                    "tariff_since", "terminated_on", "segment", "email", "language", "consent_calls", "consent_sms",
                    "consent_email", "personal_manager"}, out -> op.subscribers(s -> out.accept(subscriber(spec, s)))));
            rows.put("usage.csv", file(dir, "usage.csv", SEMICOLON, new String[] {"subscriber_id", "month", "charged",
                    "voice_minutes", "sms", "data_gb"}, out -> op.usage(u -> out.accept(new Object[] {u.subscriberId(),
                    u.month().format(MONTH), DemoNumbers.money(u.chargedKopecks(), ','), comma(u.voiceMinutes(), 1),
                    comma(u.sms(), 0), comma(u.dataGb(), 3)}))));
            rows.put("invoices.csv", file(dir, "invoices.csv", COMMA, new String[] {"invoice_id", "account_id",
                    "issued_on", "due_on", "amount"}, out -> op.invoices(i -> out.accept(new Object[] {i.invoiceId(),
                    i.accountId(), i.issuedOn(), i.dueOn(), DemoNumbers.money(i.amountKopecks(), '.')}))));
            rows.put("payments.csv", file(dir, "payments.csv", SEMICOLON, new String[] {"payment_id", "account_id",
                    "paid_on", "amount"}, out -> op.payments(p -> out.accept(new Object[] {p.paymentId(), p.accountId(),
                    dirty(spec, p.paymentId().hashCode(), 0.002) ? "31.02." + p.paidOn().getYear() : ruDate(p.paidOn()),
                    DemoNumbers.money(p.amountKopecks(), ',')}))));
            rows.put("tickets.csv", file(dir, "tickets.csv", COMMA, new String[] {"ticket_id", "subscriber_id",
                    "opened_at", "category", "closed_at"}, out -> op.tickets(t -> out.accept(new Object[] {t.ticketId(),
                    t.subscriberId(), t.openedAt(), t.category(), t.closedAt()}))));
            rows.put("outages.csv", file(dir, "outages.csv", COMMA, new String[] {"outage_id", "area_code", "kind",
                    "starts_at", "expected_end_at", "ended_at", "description"}, out -> op.outages(o -> out.accept(
                    new Object[] {o.outageId(), o.areaCode(), o.kind(), o.startsAt(), o.expectedEndAt(), o.endedAt(),
                            o.description()}))));
            rows.put("dnc.csv", file(dir, "dnc.csv", SEMICOLON, new String[] {"phone", "reason", "added_on",
                    "expires_on"}, out -> op.dnc(d -> out.accept(new Object[] {dirty(spec, d.phone().hashCode(), 0.01)
                    ? "8 800 12" : PhoneSpellings.spell(d.phone(), d.phone().hashCode()), d.reason(), ruDate(d.addedOn()),
                    ruDate(d.expiresOn())}))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo import files to " + dir + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static Object[] subscriber(DemoSpec spec, DemoSubscriber s) {
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.DIRTY, s.index());
        String phone = PhoneSpellings.spell(s.phone(), r.nextInt());
        String tariff = s.tariff().code();
        String activated = ruDate(s.activatedOn());
        if (r.nextDouble() < 0.005) {
            switch (r.nextInt(4)) {
                case 0 -> phone = "8 9" + r.nextInt(10) + " 12-34";
                case 1 -> phone = "+7 701 " + (100 + r.nextInt(900)) + " 45 67";
                case 2 -> tariff = "ZZ_OLD_" + r.nextInt(100);
                default -> activated = "31.02." + s.activatedOn().getYear();
            }
        }
        return new Object[] {s.subscriberId(), s.accountId(), s.fullName(), phone, tariff, s.areaCode(), s.status(),
                activated, ruDate(s.tariffSince()), ruDate(s.terminatedOn()), s.segment(), s.email(), s.language(),
                yn(s.consentCalls()), yn(s.consentSms()), yn(s.consentEmail()), s.personalManager()};
    }

    private static long file(Path dir, String name, CSVFormat format, String[] header,
            Consumer<Consumer<Object[]>> rows) throws IOException {
        long[] count = {0};
        try (Writer writer = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord((Object[]) header);
            rows.accept(values -> {
                try {
                    printer.printRecord(values);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return count[0];
    }

    private static boolean dirty(DemoSpec spec, long key, double share) {
        return Seeds.random(spec.seed(), Seeds.DIRTY, key).nextDouble() < share;
    }

    private static String allowance(Integer value) {
        return value == null ? "unlimited" : value == 0 ? "" : value.toString();
    }

    private static String comma(double value, int places) {
        return DemoNumbers.fixed(value, places, ',');
    }

    private static String ruDate(java.time.LocalDate date) {
        return date == null ? "" : date.format(RU_DATE);
    }

    private static String yn(boolean value) {
        return value ? "Y" : "N";
    }
}
