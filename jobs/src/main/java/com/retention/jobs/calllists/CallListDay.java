package com.retention.jobs.calllists;

import com.retention.jobs.launch.BusinessDay;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The business date the call lists are built for, with the values every query of the job binds:
 * the reference time (D 00:00 in the operator's zone), the operator's zone (the fall-back for areas
 * without one), the three full months before D's month (monthly revenue) and the oldest carried-over
 * contact still allowed.
 */
public record CallListDay(LocalDate date, OffsetDateTime referenceTime, ZoneId operatorZone, int carryOverMaxDays) {

    public static CallListDay of(BusinessDay day, int carryOverMaxDays) {
        return new CallListDay(day.date(), OffsetDateTime.ofInstant(day.referenceTime(), ZoneOffset.UTC),
                day.operatorZone(), carryOverMaxDays);
    }

    public Map<String, Object> asParameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("date", date);
        p.put("previousDate", date.minusDays(1));
        p.put("historyFrom", date.minusDays(29));
        p.put("referenceTime", referenceTime);
        p.put("operatorZone", operatorZone.getId());
        p.put("revenueFrom", date.withDayOfMonth(1).minusMonths(3));
        p.put("revenueTo", date.withDayOfMonth(1));
        p.put("oldestCarried", date.minusDays(carryOverMaxDays));
        return p;
    }
}
