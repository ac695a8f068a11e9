package com.retention.jobs.calllists.config;

import com.retention.domain.contact.HolidayCalendar;
import com.retention.domain.contact.TeamCapacity;
import com.retention.domain.contact.TeamRoutingConfig;
import com.retention.domain.shifts.Shift;
import com.retention.domain.shifts.ShiftPattern;
import com.retention.domain.shifts.ShiftRouting;
import com.retention.domain.shifts.TeamRoster;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code retention.teams.*}: the names of the teams calls are routed to ({@code retention-b2c},
 * {@code retention-b2b}, {@code billing-b2c}, {@code vip-without-manager}), each team's staffing,
 * from which its calls per day follow (agents x hours x calls per hour), and the size of every
 * personal manager's list {@code VIP-<manager>}. Every routed-to team must be staffed in
 * {@code lists}: a team missing there stops the start, rather than quietly getting a VIP list's size.
 * A team with a {@code roster} works shifts (README, "Shifts and regional centres").
 */
@ConfigurationProperties(prefix = "retention.teams")
public record TeamsProperties(String retentionB2c, String retentionB2b, String billingB2c, Map<String, Team> lists,
                              Integer vipListCapacity, String vipListPrefix, String vipWithoutManager) {

    public TeamsProperties {
        TeamRoutingConfig defaults = TeamRoutingConfig.defaults();
        retentionB2c = named(retentionB2c, defaults.retentionB2c());
        retentionB2b = named(retentionB2b, defaults.retentionB2b());
        billingB2c = named(billingB2c, defaults.billingB2c());
        if (lists == null || lists.isEmpty()) {
            lists = new LinkedHashMap<>();
            lists.put(retentionB2c, new Team(20, 8, 12));
            lists.put(retentionB2b, new Team(4, 8, 8));
            lists.put(billingB2c, new Team(10, 8, 15));
        }
        lists = Map.copyOf(lists);
        vipListCapacity = vipListCapacity != null ? vipListCapacity : 40;
        vipListPrefix = vipListPrefix != null ? vipListPrefix : defaults.vipListPrefix();
        vipWithoutManager = named(vipWithoutManager, defaults.vipWithoutManager());
    }

    private static String named(String name, String otherwise) {
        return name == null || name.isBlank() ? otherwise : name.strip();
    }

    public TeamRoutingConfig routing() {
        TeamRoutingConfig routing = new TeamRoutingConfig(retentionB2c, retentionB2b, billingB2c, vipListPrefix,
                vipWithoutManager);
        routing.teamsByRole().forEach((role, team) -> {
            if (!lists.containsKey(team)) {
                throw new IllegalArgumentException("retention.teams." + role + " routes calls to " + team
                        + ", which retention.teams.lists does not staff (it has " + String.join(", ", lists.keySet().stream().sorted().toList())
                        + "); add lists." + team + " with agents, hours and calls-per-hour, or route to one of those");
            }
        });
        return routing;
    }

    /** Calls per day of every list on D: a team on shifts by its crews on shift that day. */
    public TeamCapacity capacityOn(LocalDate day, HolidayCalendar calendar) {
        Map<String, Integer> perDay = new LinkedHashMap<>();
        lists.forEach((team, staffing) -> perDay.put(team, staffing.roster == null ? staffing.callsPerDay(team)
                : staffing.roster(team).callsOn(day, calendar)));
        if (vipListCapacity < 0) {
            throw new IllegalArgumentException("retention.teams.vip-list-capacity must be >= 0: " + vipListCapacity);
        }
        return new TeamCapacity(perDay, vipListCapacity);
    }

    /**
     * The hours an agent of {@code team} spends on calls on a day they work: the shift's productive
     * hours with a roster, else {@code hours}; empty for a list not staffed here (a VIP list).
     */
    public java.util.OptionalDouble productiveHoursPerAgent(String team) {
        Team staffing = lists.get(team);
        if (staffing == null) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(staffing.roster == null ? staffing.hours
                : staffing.roster(team).pattern().shift().productiveHours());
    }

    /** Who works shifts when, and where a call nobody on shift can make goes. */
    public ShiftRouting shiftRouting(HolidayCalendar calendar) {
        Map<String, TeamRoster> rosters = new LinkedHashMap<>();
        Map<String, String> overflow = new LinkedHashMap<>();
        lists.forEach((team, staffing) -> {
            if (staffing.roster != null) {
                rosters.put(team, staffing.roster(team));
            }
            if (staffing.overflow != null && !staffing.overflow.isBlank()) {
                if (!lists.containsKey(staffing.overflow.strip())) {
                    throw new IllegalArgumentException("retention.teams.lists." + team + ".overflow: " + staffing.overflow
                            + " is not a team of retention.teams.lists");
                }
                overflow.put(team, staffing.overflow.strip());
            }
        });
        return new ShiftRouting(rosters, overflow, calendar);
    }

    /**
     * One team's staffing: without a roster, every working day {@code agents x hours x calls-per-hour};
     * with one, {@code agents} per crew on shift and the shift's productive hours ({@code hours} unused).
     */
    public record Team(int agents, double hours, double callsPerHour, ZoneId timezone, Roster roster, String overflow) {

        @ConstructorBinding
        public Team {
        }

        public Team(int agents, double hours, double callsPerHour) {
            this(agents, hours, callsPerHour, null, null, null);
        }

        TeamRoster roster(String team) {
            if (timezone == null) {
                throw new IllegalArgumentException("retention.teams.lists." + team + ".roster needs the team's timezone");
            }
            if (agents < 0 || callsPerHour < 0) {
                throw new IllegalArgumentException("retention.teams.lists." + team + ": agents and calls-per-hour must be >= 0");
            }
            return new TeamRoster(timezone, roster.pattern(team), agents, callsPerHour);
        }

        int callsPerDay(String team) {
            if (agents < 0 || hours < 0 || callsPerHour < 0) {
                throw new IllegalArgumentException("retention.teams.lists." + team + ": agents, hours and calls-per-hour must be >= 0");
            }
            return (int) Math.floor(agents * hours * callsPerHour);
        }
    }

    /**
     * A team's shifts: {@code pattern} {@code 5/2} (working days) or {@code 2/2} (two on, two off from
     * {@code anchor}, with 1 or 2 {@code crews}), from {@code start} to {@code end} in the team's zone
     * (an end not after the start is the next morning), {@code break-minutes} off calls.
     */
    public record Roster(String pattern, LocalTime start, LocalTime end, Integer breakMinutes, LocalDate anchor,
                         Integer crews) {

        ShiftPattern pattern(String team) {
            String where = "retention.teams.lists." + team + ".roster";
            if (start == null || end == null) {
                throw new IllegalArgumentException(where + " needs start and end, e.g. \"09:00\" and \"18:00\"");
            }
            Shift shift;
            try {
                shift = new Shift(start, end, breakMinutes == null ? 0 : breakMinutes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if ("5/2".equals(pattern)) {
                return new ShiftPattern.FiveTwo(shift);
            }
            if ("2/2".equals(pattern)) {
                if (anchor == null) {
                    throw new IllegalArgumentException(where + ": a 2/2 roster needs the anchor date its first crew works");
                }
                return new ShiftPattern.TwoTwo(anchor, shift, crews == null ? 1 : crews);
            }
            throw new IllegalArgumentException(where + ".pattern must be 5/2 or 2/2: " + pattern);
        }
    }
}
