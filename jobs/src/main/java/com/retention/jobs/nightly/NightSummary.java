package com.retention.jobs.nightly;

import com.retention.domain.contact.SaveCall;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the night of D decided, per step, in the words of the product: who was looked at, bands,
 * offers by type, dunning steps, outage notices by kind, payment-due and ticket follow-up notices, the save
 * desk's SAVE calls, and the contacts per team and channel.
 */
@Component
public class NightSummary {

    private final JdbcTemplate jdbc;

    public NightSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> lines(LocalDate date) {
        List<String> lines = new ArrayList<>();
        lines.add("What the night of " + date + " decided:");
        lines.add("  scoring   " + counts("""
                SELECT band, count(*) FROM churn_score WHERE business_date = ? GROUP BY band
                ORDER BY array_position(ARRAY['HIGH','MEDIUM','LOW'], band)""", date, "subscribers scored"));
        lines.add("  offers    " + counts("""
                SELECT offer_type, count(*) FROM offer WHERE business_date = ? GROUP BY offer_type ORDER BY 1""",
                date, "offers"));
        lines.add("  dunning   " + counts("""
                SELECT step, count(*) FROM dunning_case WHERE business_date = ? AND NOT paused GROUP BY step
                ORDER BY array_position(ARRAY['REMINDER_SMS','REMINDER_CALL','SUSPENSION_WARNING','COLLECTIONS'], step)""",
                date, "accounts overdue"));
        lines.add("  outages   " + counts("""
                SELECT kind, count(*) FROM outage_notice WHERE business_date = ? GROUP BY kind
                ORDER BY array_position(ARRAY['PRE_NOTICE','INCIDENT','RESTORED','APOLOGY'], kind)""",
                date, "notices"));
        lines.add("  notices   " + counts("""
                SELECT step, count(*) FROM notification WHERE business_date = ? AND step IN ('PAYMENT_DUE', 'TICKET_RESOLVED')
                GROUP BY step ORDER BY 1""", date, "payment-due and ticket follow-up notices sent"));
        lines.add("  save desk " + counts("""
                SELECT decision || coalesce(' ' || reason, ''), count(*) FROM contact_candidate
                WHERE business_date = ? AND campaign = 'RETENTION' AND step = '%s' GROUP BY 1 ORDER BY 2 DESC, 1"""
                .formatted(SaveCall.STEP),
                date, "SAVE calls due to subscribers who asked to leave"));
        lines.add("  contacts  " + counts("""
                SELECT decision || coalesce(' ' || reason, ''), count(*) FROM contact_candidate
                WHERE business_date = ? GROUP BY 1 ORDER BY 2 DESC""", date, "candidates"));
        lines.add("  calls     " + counts("""
                SELECT team, count(*) FROM call_task WHERE business_date = ? GROUP BY team ORDER BY 2 DESC, 1""",
                date, "call tasks"));
        lines.add("  messages  " + counts("""
                SELECT channel, count(*) FROM notification WHERE business_date = ? GROUP BY channel ORDER BY 1""",
                date, "notifications"));
        return lines;
    }

    private String counts(String sql, LocalDate date, String what) {
        List<Object[]> rows = jdbc.query(sql, (rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}, date);
        long total = rows.stream().mapToLong(r -> (Long) r[1]).sum();
        if (total == 0) {
            return "0 " + what;
        }
        return total + " " + what + ": " + rows.stream().map(r -> r[0] + " " + r[1]).collect(Collectors.joining(", "));
    }
}
