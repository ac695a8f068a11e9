package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code retention serve} process on a free loopback port, and its Actuator over HTTP. By default
 * nothing is scheduled to fire during a test (crons in 2099, no catch-up on start); tests pass the
 * schedule they need as {@code --key=value} settings, which replace those defaults.
 */
public final class Serve {

    /** A Quartz cron that does not fire while a test runs. */
    public static final String NEVER = "0 0 3 1 1 ? 2099";
    public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    private final RetentionProcess process;
    private final int port;
    private final int apiPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Serve(RetentionProcess process, int port, int apiPort) {
        this.process = process;
        this.port = port;
        this.apiPort = apiPort;
    }

    /** Starts serve with the output folder and inbox given, quiet schedules, and {@code settings} on top. */
    public static Serve start(Retention retention, Path out, Path inbox, String... settings) {
        int port = freePort();
        // One value per key: Spring joins repeated command-line properties with commas instead of the last winning.
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("--management.server.port", String.valueOf(port)); // Actuator's
        int apiPort = freePort();
        properties.put("--retention.http.port", String.valueOf(apiPort)); // the API's
        properties.put("--retention.output", out.toString());
        properties.put("--retention.schedule.inbox", inbox.toString());
        properties.put("--retention.schedule.nightly-cron", NEVER);
        properties.put("--retention.schedule.outages-cron", NEVER);
        properties.put("--retention.schedule.inbox-cron", NEVER);
        properties.put("--retention.schedule.catch-up-on-start", "false");
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            properties.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        List<String> args = new ArrayList<>(List.of("serve"));
        properties.forEach((key, value) -> args.add(key + "=" + value));
        return new Serve(retention.start(args.toArray(String[]::new)), port, apiPort);
    }

    public RetentionProcess process() {
        return process;
    }

    public int port() {
        return port;
    }

    /** Waits (bounded) until /actuator/health answers 200; fails if the process ends first. */
    public Serve awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("serve ended before it was ready:\n" + process.tails());
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            RetentionProcess.sleep(Duration.ofMillis(500));
        }
        fail("serve answered no health check within " + STARTUP_TIMEOUT + ":\n" + process.tails());
        return this;
    }

    /** A GET of the API with HTTP Basic, its body as bytes (a workbook) or text. */
    public HttpResponse<byte[]> api(String path, String login, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + path))
                .timeout(Duration.ofSeconds(30)).GET()
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (login + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
