package com.retention.jobs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo operator's tariffs. LEGACY tariffs are priced so that migration offers mean something:
 * mobile legacy users overpay the best current tariff by roughly 10-40 %, and some legacy fixed
 * tariffs are slower and pricier than a current one (SAVING) or a little pricier and slower (UPGRADE).
 */
public final class TariffCatalog {

    public static final List<DemoTariff> ALL = List.of(
            // B2C mobile: light, medium, heavy users.
            mobile("M_START_25", "Старт", 350, false, "B2C", 300, 100, 10, 2.0, 2.0, 100, "2025-02-01", null),
            mobile("M_OPTIMA_25", "Оптимальный", 550, false, "B2C", 600, 300, 30, 1.5, 1.5, 80, "2025-02-01", null),
            mobile("M_MAX_25", "Максимум", 900, false, "B2C", 1500, 500, null, 1.0, 1.0, 0, "2025-02-01", null),
            mobile("M_CLASSIC_16", "Классический", 150, true, "B2C", 0, 0, 0, 1.2, 1.5, 30, "2016-01-15", "2021-06-30"),
            mobile("M_SMART_19", "Смарт 2019", 650, true, "B2C", 600, 300, 25, 2.0, 2.0, 80, "2019-03-01", "2023-09-30"),
            mobile("M_ALLIN_21", "Всё включено 2021", 1100, true, "B2C", 2000, 1000, 60, 1.5, 1.5, 90, "2021-04-01", "2024-12-31"),
            // B2B mobile.
            mobile("B_BIZ_25", "Бизнес", 700, false, "B2B", 1000, 200, 25, 1.5, 2.0, 90, "2025-01-15", null),
            mobile("B_BIZPRO_25", "Бизнес Про", 1200, false, "B2B", 3000, 500, null, 1.0, 1.5, 0, "2025-01-15", null),
            mobile("B_CORP_18", "Корпоративный 2018", 950, true, "B2B", 800, 100, 25, 2.5, 2.5, 100, "2018-02-01", "2024-06-30"),
            // Fixed broadband: unlimited data, the speed and the fee make the difference.
            fixed("F_FTTB100_25", "Дом 100", 450, false, "FTTB", "B2C", 100, "2025-03-01", null),
            fixed("F_FTTB500_25", "Дом 500", 650, false, "FTTB", "B2C", 500, "2025-03-01", null),
            fixed("F_FTTB50_17", "Домашний 50", 600, true, "FTTB", "B2C", 50, "2017-05-01", "2022-12-31"),
            fixed("F_GPON1000_25", "Гигабит", 850, false, "GPON", "B2C", 1000, "2025-03-01", null),
            fixed("F_GPON300_20", "Оптика 300", 890, true, "GPON", "B2C", 300, "2020-02-01", "2024-08-31"),
            fixed("F_DOCSIS300_24", "Кабель 300", 550, false, "DOCSIS", "B2C", 300, "2024-06-01", null),
            fixed("F_DOCSIS100_15", "Кабельный 100", 700, true, "DOCSIS", "B2C", 100, "2015-09-01", "2021-12-31"),
            fixed("F_ADSL16_22", "ADSL Базовый", 400, false, "ADSL", "B2C", 16, "2022-01-01", null),
            fixed("F_ADSL8_12", "ADSL 8", 480, true, "ADSL", "B2C", 8, "2012-03-01", "2019-12-31"),
            fixed("B_OFFICE500_25", "Офис 500", 1500, false, "FTTB", "B2B", 500, "2025-01-15", null),
            fixed("B_OFFICE100_16", "Офис 100", 1900, true, "FTTB", "B2B", 100, "2016-04-01", "2022-03-31"));

    private TariffCatalog() {
    }

    /** Mobile tariffs by usage tier (0 light, 1 medium, 2 heavy): {active, legacy}. */
    static DemoTariff mobileFor(String segment, int tier, boolean legacy) {
        if ("B2B".equals(segment)) {
            return legacy ? byCode("B_CORP_18") : byCode(tier < 2 ? "B_BIZ_25" : "B_BIZPRO_25");
        }
        String[] active = {"M_START_25", "M_OPTIMA_25", "M_MAX_25"};
        String[] old = {"M_CLASSIC_16", "M_SMART_19", "M_ALLIN_21"};
        return byCode(legacy ? old[tier] : active[tier]);
    }

    /** A fixed broadband tariff of the technology, ACTIVE or LEGACY. */
    static DemoTariff fixedFor(String segment, String technology, boolean legacy, SplittableRandom random) {
        if ("B2B".equals(segment)) {
            return byCode(legacy ? "B_OFFICE100_16" : "B_OFFICE500_25");
        }
        List<DemoTariff> fits = ALL.stream()
                .filter(t -> t.technology().equals(technology) && t.segment().equals("B2C") && t.legacy() == legacy)
                .toList();
        return fits.get(random.nextInt(fits.size()));
    }

    static DemoTariff byCode(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo tariff " + code));
    }

    private static DemoTariff mobile(String code, String name, int fee, boolean legacy, String segment, Integer minutes,
            Integer sms, Integer gb, double minutePrice, double smsPrice, double gbPrice, String launched, String closed) {
        return new DemoTariff(code, name, fee, legacy, "MOBILE", segment, minutes, sms, gb, minutePrice, smsPrice,
                gbPrice, null, date(launched), date(closed));
    }

    private static DemoTariff fixed(String code, String name, int fee, boolean legacy, String technology,
            String segment, int speed, String launched, String closed) {
        return new DemoTariff(code, name, fee, legacy, technology, segment, 0, 0, null, 0, 0, 0, speed,
                date(launched), date(closed));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
