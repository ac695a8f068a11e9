package com.retention.jobs.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);
    private static final String CLI_LOGIN = "cli:" + System.getProperty("user.name");

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRecordKeepsWhoWhenWhatAndHowMany() {
        OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);

        audit.record("download call-list", D, "RETENTION_B2C", "xlsx", 1_234, "RETENTION_B2C.xlsx");

        List<AuditEntry> entries = audit.recent(10, null, null);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.login()).isEqualTo(CLI_LOGIN);
            assertThat(e.operation()).isEqualTo("download call-list");
            assertThat(e.businessDate()).isEqualTo(D);
            assertThat(e.team()).isEqualTo("RETENTION_B2C");
            assertThat(e.kind()).isEqualTo("xlsx");
            assertThat(e.rows()).isEqualTo(1_234);
            assertThat(e.detail()).isEqualTo("RETENTION_B2C.xlsx");
            assertThat(e.at()).isAfterOrEqualTo(before).isBefore(before.plusMinutes(1));
            assertThat(e.id()).isPositive();
        });
    }

    @Test
    void theRowStaysWhenTheCallersTransactionRollsBack() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record("upload outcomes", D, "BILLING_B2C", "csv", 10, null);
            status.setRollbackOnly();
        });

        assertThat(audit.recent(10, null, null)).extracting(AuditEntry::operation).containsExactly("upload outcomes");
    }

    @Test
    void recentIsNewestFirstFilteredAndLimited() {
        audit.record("download export", D, null, "scores", 100, null);
        audit.record("download report", D.minusDays(1), null, "report", 6, null);
        audit.record("download dialer", D, null, "dialer", 50, null);
        jdbc.update("INSERT INTO audit_log (login, operation, business_date, rows) VALUES ('anna', 'post outcome', ?, 1)", D);

        assertThat(audit.recent(10, null, null)).extracting(AuditEntry::operation)
                .containsExactly("post outcome", "download dialer", "download report", "download export");
        assertThat(audit.recent(2, null, null)).extracting(AuditEntry::operation)
                .containsExactly("post outcome", "download dialer");
        assertThat(audit.recent(10, "anna", null)).extracting(AuditEntry::operation).containsExactly("post outcome");
        assertThat(audit.recent(10, CLI_LOGIN, D)).extracting(AuditEntry::operation)
                .containsExactly("download dialer", "download export");
        assertThat(audit.recent(10, "nobody", D)).isEmpty();
    }

    @Test
    void theAuditCommandListsTheRowsAnAdminAsksFor() {
        audit.record("download call-list", D, "RETENTION_B2C", "xlsx", 1_234, "RETENTION_B2C.xlsx");
        audit.record("download report", D.minusDays(1), null, "report", 6, null);

        Cli.Result all = Cli.run("audit");
        Cli.Result ofD = Cli.run("audit", "--date", "2026-11-22", "--limit", "5", "--login", CLI_LOGIN);
        Cli.Result none = Cli.run("audit", "--login", "nobody");
        Cli.Result bad = Cli.run("audit", "--limit", "0");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out().lines().toList()).hasSize(3);
        assertThat(all.out().lines().skip(1).findFirst().orElseThrow())
                .contains(CLI_LOGIN, "download report", "2026-11-21", "report", " 6");
        assertThat(ofD.out().lines().toList()).hasSize(2);
        assertThat(ofD.out().lines().skip(1).findFirst().orElseThrow())
                .contains("download call-list", "2026-11-22", "RETENTION_B2C", "xlsx", "1234", "RETENTION_B2C.xlsx");
        assertThat(none.out().strip()).isEqualTo("no audit rows for this filter");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("retention: --limit must be at least 1 (got 0)");
    }
}
