package com.retention.jobs.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared server's life within one process: joined twice it is one server, it outlives its first
 * user and stops with its last; a server nobody holds (what a SIGKILLed command leaves) is adopted,
 * not started twice. Across processes the jar's black-box tests show the same.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path home;

    @Test
    void usersOfOneHomeShareOneServerThatStopsWithTheLast() throws SQLException {
        EmbeddedPostgresServer first = EmbeddedPostgresServer.join(home);
        EmbeddedPostgresServer second = EmbeddedPostgresServer.join(home);
        assertThat(second.jdbcUrl()).isEqualTo(first.jdbcUrl());

        first.close();
        assertThat(select1(second.jdbcUrl())).isEqualTo(1);

        second.close();
        assertThat(Files.exists(home.resolve("pgdata/postmaster.pid"))).isFalse();
    }

    @Test
    void aServerLeftRunningByAStoppedProcessIsAdoptedAndStoppedByItsLastUser() throws SQLException {
        PgCtl orphanStarter = new PgCtl(PostgresBinaries.in(home), home.resolve("pgdata"));
        orphanStarter.initdb();
        orphanStarter.start(freePort(), EmbeddedPostgresServer.settings());
        int orphanPort = Postmaster.of(home.resolve("pgdata")).orElseThrow().port();

        try (EmbeddedPostgresServer adopted = EmbeddedPostgresServer.join(home)) {
            assertThat(adopted.jdbcUrl()).endsWith(":" + orphanPort + "/postgres");
            assertThat(select1(adopted.jdbcUrl())).isEqualTo(1);
        }
        assertThat(Files.exists(home.resolve("pgdata/postmaster.pid"))).isFalse();
    }

    @Test
    void aServerThatCannotStartSaysWhyInOneLine() {
        PgCtl pgCtl = new PgCtl(PostgresBinaries.in(home), home.resolve("pgdata"));
        pgCtl.initdb();

        assertThatThrownBy(() -> pgCtl.start(freePort(), java.util.Map.of("no_such_setting", "1")))
                .hasMessageContaining("the server start of the embedded PostgreSQL")
                .hasMessageContaining("FATAL:")
                .hasMessageContaining("no_such_setting");
    }

    @Test
    void theServerIsDurable() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.join(home);
                Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres")) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            assertThat(show(c, "client_connection_check_interval")).isEqualTo("2s");
        }
    }

    private static int select1(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
