package com.retention.jobs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Lays out the operator's accounts one after another until N subscribers exist. Account k is a
 * pure function of (seed, k) and the subscriber number it starts at, so every pass over the
 * accounts (subscribers, usage, invoices, …) sees the same people without holding them in memory.
 */
final class AccountPlan {

    private static final String[] MANAGERS = {"a.sokolova", "d.orlov", "e.kim", "m.volkova", "i.petrenko", "o.belova"};
    private static final String[] FIXED = {"FTTB", "GPON", "DOCSIS", "ADSL"};
    private static final int[] FIXED_WEIGHTS = {50, 25, 15, 10};
    private static final LocalDate LEGACY_ERA = LocalDate.of(2023, 1, 1);

    private final DemoSpec spec;
    private final AreaPlan areas;
    private final RussianNames names = new RussianNames();
    private final PhonePlan phones;

    AccountPlan(DemoSpec spec, AreaPlan areas) {
        this.spec = spec;
        this.areas = areas;
        this.phones = new PhonePlan(spec.seed());
    }

    PhonePlan phones() {
        return phones;
    }

    void forEach(Consumer<DemoAccount> consumer) {
        int next = 0;
        for (int index = 0; next < spec.subscribers(); index++) {
            DemoAccount account = account(index, next);
            consumer.accept(account);
            next += account.subscribers().size();
        }
    }

    private DemoAccount account(int index, int first) {
        SplittableRandom r = Seeds.random(spec.seed(), Seeds.ACCOUNT, index);
        double kind = r.nextDouble();
        String segment = kind < 0.009 ? "VIP" : kind < 0.026 ? "B2B" : "B2C";
        boolean family = segment.equals("B2C") && r.nextDouble() < 0.10;
        int lines = switch (segment) {
            case "VIP" -> r.nextInt(3) == 0 ? 2 : 1;
            case "B2B" -> 2 + r.nextInt(12);
            default -> family ? 2 + r.nextInt(2) : 1;
        };
        lines = Math.min(lines, spec.subscribers() - first);
        AreaPlan.District home = areas.pickDistrict(r);
        int billingDay = 1 + r.nextInt(28);
        DemoAccount.Payer payer = DemoAccount.Payer.values()[Seeds.weighted(r,
                segment.equals("VIP") ? new int[] {95, 4, 1, 0} : new int[] {84, 10, 2, 4})];
        String accountId = DemoAccount.id(index);
        String manager = segment.equals("VIP") ? MANAGERS[r.nextInt(MANAGERS.length)] : null;
        List<DemoSubscriber> subscribers = new ArrayList<>(lines);
        for (int j = 0; j < lines; j++) {
            // A family's or a company's fixed line gives the first member's mobile as its contact phone.
            boolean fixedLine = switch (segment) {
                case "B2C" -> family ? j == 1 : r.nextDouble() < 0.28;
                case "B2B" -> lines >= 4 && j == lines - 1;
                default -> j == 1;
            };
            boolean sharesPhone = j > 0 && fixedLine;
            String phone = sharesPhone ? subscribers.get(0).phone() : phones.phone(first + j);
            subscribers.add(subscriber(r, first + j, accountId, segment, home, fixedLine, phone, !sharesPhone,
                    payer, manager));
        }
        return new DemoAccount(index, accountId, segment, billingDay, payer, List.copyOf(subscribers));
    }

    private DemoSubscriber subscriber(SplittableRandom r, int index, String accountId, String segment,
            AreaPlan.District home, boolean fixedLine, String phone, boolean phoneOwner, DemoAccount.Payer payer,
            String manager) {
        LocalDate d = spec.date();
        LocalDate activated = r.nextDouble() < 0.10 ? d.minusDays(1 + r.nextInt(179)) : d.minusDays(180 + r.nextInt(5200));
        String tariffSegment = segment.equals("B2B") ? "B2B" : "B2C";
        boolean wantsLegacy = r.nextDouble() < (activated.isBefore(LEGACY_ERA) ? 0.5 : 0.15);
        int tier = Seeds.weighted(r, new int[] {40, 40, 20});
        String technology = fixedLine ? FIXED[Seeds.weighted(r, FIXED_WEIGHTS)] : "MOBILE";
        DemoTariff tariff = tariff(r, tariffSegment, technology, tier, wantsLegacy);
        if (tariff.legacy() && !activated.isBefore(tariff.closedOn())) {
            tariff = tariff(r, tariffSegment, technology, tier, false);
        }
        LocalDate since = since(r, activated, tariff);
        double minutes = 0;
        double sms = 0;
        double data;
        if (fixedLine) {
            data = 80 + r.nextInt(820);
        } else {
            double[][] ranges = {{60, 280, 5, 60, 1, 9}, {250, 650, 20, 150, 8, 28}, {600, 1700, 50, 400, 20, 60}};
            double[] t = ranges[tier];
            minutes = t[0] + r.nextDouble() * (t[1] - t[0]);
            sms = t[2] + r.nextDouble() * (t[3] - t[2]);
            data = t[4] + r.nextDouble() * (t[5] - t[4]);
        }
        String status = "ACTIVE";
        LocalDate terminated = null;
        double s = r.nextDouble();
        if (s < 0.03 && activated.isBefore(d.minusDays(60))) {
            status = "TERMINATED";
            terminated = d.minusDays(1 + r.nextInt(50));
        } else if (s < 0.05 || (payer == DemoAccount.Payer.DEFAULTER && s < 0.40)) {
            status = "SUSPENDED";
        }
        boolean english = !segment.equals("B2B") && r.nextDouble() < 0.02;
        String fullName = names.fullName(r, english);
        String email = r.nextDouble() < 0.55 ? names.email(fullName, index + 1, r) : null;
        boolean consentEmail = email != null && r.nextDouble() < 0.30;
        boolean consentCalls = r.nextDouble() < 0.40;
        boolean consentSms = r.nextDouble() < 0.90;
        boolean dropper = r.nextDouble() < 0.07;
        String area = fixedLine ? pick(r, home.buildings()) : r.nextBoolean() ? pick(r, home.nodes()) : home.code();
        return new DemoSubscriber(index, DemoSubscriber.id(index), accountId, fullName, phone, tariff, area,
                home.timezone(), status, activated, since, terminated, segment, email, english ? "en" : "ru",
                consentCalls, consentSms, consentEmail, manager, minutes, sms, data, dropper, phoneOwner);
    }

    private static DemoTariff tariff(SplittableRandom r, String segment, String technology, int tier, boolean legacy) {
        return technology.equals("MOBILE") ? TariffCatalog.mobileFor(segment, tier, legacy)
                : TariffCatalog.fixedFor(segment, technology, legacy, r);
    }

    /** On the tariff since activation, or since a later switch while the tariff was on sale. */
    private LocalDate since(SplittableRandom r, LocalDate activated, DemoTariff tariff) {
        LocalDate from = tariff.launchedOn().isAfter(activated) ? tariff.launchedOn() : activated;
        if (from.isAfter(spec.lastDataDay())) {
            return activated;
        }
        LocalDate until = tariff.closedOn() != null ? tariff.closedOn() : spec.lastDataDay();
        long span = until.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(r.nextLong(span));
    }

    private static String pick(SplittableRandom r, List<String> codes) {
        return codes.get(r.nextInt(codes.size()));
    }
}
