package com.retention.jobs.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. {@code RETENTION_DB_URL} (with {@code _USER}, {@code _PASSWORD}) names a
 * PostgreSQL server; without it an embedded PostgreSQL keeps its data under {@code RETENTION_HOME}.
 */
@ConfigurationProperties(prefix = "retention.db")
public record DatabaseProperties(String url, String user, String password, Path home, int poolSize) {

    public DatabaseProperties {
        if (home == null) {
            String env = System.getenv("RETENTION_HOME");
            home = Path.of(env == null || env.isBlank() ? ".retention" : env);
        }
        if (poolSize <= 0) {
            poolSize = 8;
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
