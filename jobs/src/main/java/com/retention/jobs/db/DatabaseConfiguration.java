package com.retention.jobs.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: a configured server, or the embedded PostgreSQL under RETENTION_HOME, shared with
 * the other processes on that home (see {@link EmbeddedPostgresServer}).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres(DatabaseProperties properties) {
        return properties.embedded()
                ? new EmbeddedPostgresHolder(EmbeddedPostgresServer.join(properties.home()))
                : new EmbeddedPostgresHolder(null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedPostgresHolder embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.embedded()) {
            config.setJdbcUrl(withBatchSettings(embedded.server().jdbcUrl()));
            config.setUsername("postgres");
            config.setPassword("postgres");
        } else {
            config.setJdbcUrl(withBatchSettings(properties.url()));
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        config.setMaximumPoolSize(properties.poolSize());
        // Hikari waits 30 s for a connection by default, and a run whose database went away asks for
        // several before it gives up: a minute of silence. Every run sizes the pool for its threads
        // (checked at start), so a wait this long means the database is gone.
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.setPoolName("retention");
        return new HikariDataSource(config);
    }

    /** Batched inserts become multi-row inserts: one round trip per chunk instead of per row. */
    static String withBatchSettings(String url) {
        if (url.contains("reWriteBatchedInserts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** Keeps the embedded server's lifecycle tied to the context, closed after the pool. */
    record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
