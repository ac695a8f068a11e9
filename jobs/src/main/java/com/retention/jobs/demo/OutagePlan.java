package com.retention.jobs.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Network outages around the reference time T (D 00:00, operator time), so that every outage rule
 * has something to act on: planned works within the next 48 hours and later; unplanned outages
 * open now (started 40 minutes to 12 hours before T) and recently ended; one open and one ended
 * that lasted more than 24 hours; and history over the last 90 days. Counts grow with the operator,
 * and so does the share they cover: only the first few of each kind (those of a 20 000-subscriber
 * operator) may take a whole district, whose population grows with the operator; the others take a
 * node or buildings, whose populations do not. Otherwise the covered rows would grow as N squared.
 */
final class OutagePlan {

    private static final String[] PLANNED = {"Плановые работы на узле связи", "Замена оборудования доступа",
            "Плановое обновление ПО коммутаторов", "Модернизация магистральной линии"};
    private static final String[] UNPLANNED = {"Авария на магистральном кабеле", "Отключение электропитания",
            "Повреждение кабеля при земляных работах", "Отказ оборудования базовой станции"};

    private final List<OutageRow> rows = new ArrayList<>();
    private final List<AreaPlan.District> districts;
    private final SplittableRandom r;
    private final Instant t;
    private int next = 1;

    OutagePlan(DemoSpec spec, AreaPlan areas) {
        this.districts = areas.districts();
        this.r = Seeds.random(spec.seed(), Seeds.OUTAGE, 0);
        this.t = spec.referenceTime();
        int scale = Math.max(1, spec.subscribers() / 20_000);
        for (int i = 0; i < 3 * scale; i++) {
            Instant start = t.plus(hours(2 + r.nextInt(44)));
            add("PLANNED", start, start.plus(hours(2 + r.nextInt(5))), null, i < 3);
        }
        for (int i = 0; i < 2 * scale; i++) {
            Instant start = t.plus(hours(50 + r.nextInt(190)));
            add("PLANNED", start, start.plus(hours(2 + r.nextInt(5))), null, i < 2);
        }
        for (int i = 0; i < 2 * scale; i++) {
            Instant start = t.minus(Duration.ofMinutes(40 + r.nextInt(11 * 60)));
            add("UNPLANNED", start, t.plus(hours(2 + r.nextInt(6))), null, i < 2);
        }
        Instant longOpen = t.minus(hours(25 + r.nextInt(15)));
        add("UNPLANNED", longOpen, t.plus(hours(4)), null, true);
        for (int i = 0; i < 3 * scale; i++) {
            Instant start = t.minus(hours(12 + r.nextInt(6 * 24)));
            Instant end = start.plus(Duration.ofMinutes(45 + r.nextInt(9 * 60)));
            add("UNPLANNED", start, start.plus(hours(3)), end.isBefore(t) ? end : t.minusSeconds(600), i < 3);
        }
        Instant longEndedStart = t.minus(hours(3 * 24 + r.nextInt(48)));
        add("UNPLANNED", longEndedStart, longEndedStart.plus(hours(6)), longEndedStart.plus(hours(26 + r.nextInt(14))), true);
        for (int i = 0; i < 10 * scale; i++) {
            Instant start = t.minus(hours(8 * 24 + r.nextInt(82 * 24)));
            String kind = r.nextBoolean() ? "PLANNED" : "UNPLANNED";
            add(kind, start, start.plus(hours(4)), start.plus(Duration.ofMinutes(30 + r.nextInt(12 * 60))), i < 10);
        }
    }

    List<OutageRow> rows() {
        return rows;
    }

    /** One outage on a district (if allowed), a node or one to three buildings of one district. */
    private void add(String kind, Instant start, Instant expectedEnd, Instant ended, boolean districtWide) {
        String id = String.format(java.util.Locale.ROOT, "OUT-%04d", next++);
        String description = (kind.equals("PLANNED") ? PLANNED : UNPLANNED)[r.nextInt(4)];
        AreaPlan.District district = districts.get(r.nextInt(districts.size()));
        int where = r.nextInt(3);
        if (where == 0 && !districtWide) {
            where = 1; // keeps the draws of small operators as they were
        }
        if (where == 0) {
            rows.add(new OutageRow(id, district.code(), kind, start, expectedEnd, ended, description));
        } else if (where == 1) {
            String node = district.nodes().get(r.nextInt(district.nodes().size()));
            rows.add(new OutageRow(id, node, kind, start, expectedEnd, ended, description));
        } else {
            int count = Math.min(1 + r.nextInt(3), district.buildings().size());
            int from = r.nextInt(district.buildings().size() - count + 1);
            for (String building : district.buildings().subList(from, from + count)) {
                rows.add(new OutageRow(id, building, kind, start, expectedEnd, ended, description));
            }
        }
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }
}
