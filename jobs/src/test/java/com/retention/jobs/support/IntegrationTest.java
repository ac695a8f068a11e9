package com.retention.jobs.support;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the application and its database. All share one Spring context
 * and one PostgreSQL; each test starts from empty operator tables.
 */
@SpringBootTest
public abstract class IntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("retention.db.url", TestDatabase::url);
        registry.add("retention.db.user", () -> "postgres");
        registry.add("retention.db.password", () -> "postgres");
    }

    @BeforeEach
    void emptyOperatorTables() {
        List<String> tables = jdbc.queryForList("""
                SELECT quote_ident(tablename) FROM pg_tables
                WHERE schemaname = current_schema()
                  AND tablename NOT LIKE 'batch\\_%' AND tablename NOT LIKE 'qrtz\\_%'
                  AND tablename <> 'flyway_schema_history'
                """, String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        }
    }
}
