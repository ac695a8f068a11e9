package com.retention.jobs.reporting;

import com.retention.domain.contact.SaveCall;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The uplift of the campaigns listed in the lookback before D, per churn window and "to date": the one
 * computation of it, written by the workbook's sheet and sent by the report's figures.
 */
@Component
class UpliftRows {

    private final ReportMapper mapper;
    private final ReportProperties properties;

    UpliftRows(ReportMapper mapper, ReportProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    /** The list dates the uplift covers: longer than the other sheets', so churn windows can elapse. */
    ReportPeriod period(LocalDate date, ZoneId zone) {
        return ReportPeriod.lastDays(date, properties.upliftLookbackDays(), zone);
    }

    List<UpliftRow> rows(ReportPeriod period) {
        Map<String, Map<Integer, Map<String, UpliftGroupRow>>> byCampaign = new LinkedHashMap<>();
        // Each window, then "to date" (null): a young campaign shows its effect before its first full window ends.
        Integer[] windows = properties.churnWindows().toArray(Integer[]::new);
        for (UpliftWindowGroupRow row : mapper.upliftGroups(period.from(), period.to(), windows, SaveCall.STEP)) {
            byCampaign.computeIfAbsent(row.campaign(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(row.days(), d -> new LinkedHashMap<>()).put(row.group(), row.row());
        }
        List<UpliftRow> rows = new ArrayList<>();
        byCampaign.forEach((campaign, byWindow) -> byWindow.forEach((days, groups) -> rows.add(UpliftRow.of(campaign,
                days, groups.getOrDefault(UpliftGroupRow.CONTACTED, new UpliftGroupRow(campaign, UpliftGroupRow.CONTACTED, 0, 0, 0)),
                groups.getOrDefault(UpliftGroupRow.CONTROL, new UpliftGroupRow(campaign, UpliftGroupRow.CONTROL, 0, 0, 0))))));
        return rows;
    }
}
