package com.retention.jobs.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The API as a script meets it: HTTP Basic, JSON and multipart bodies, and no stack trace in any answer. */
final class ApiClient {

    static final String PASSWORD = "right-password";

    record Answer(int status, byte[] bytes, String contentType) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    Answer get(String path, String login) {
        return send(builder(path, login).GET());
    }

    Answer post(String path, String login) {
        return send(builder(path, login).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Answer postJson(String path, String login, String json) {
        return send(builder(path, login).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer upload(String path, String login, String fileName, byte[] content) {
        String boundary = "----retention" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path, login).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder builder(String path, String login) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            // A client per request: a pooled connection the server closed (after a 413, say) makes the JDK
            // client send a GET again, and the server would see, and audit, it twice.
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
            if (answer.contentType().startsWith("application/json")) {
                assertThat(answer.body()).as("no stack trace in any answer").doesNotContain("\tat ", "\"trace\"");
            }
            if (answer.status() >= 400) {
                assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
                assertThat(answer.body()).as("one line of JSON").startsWith("{\"error\":\"").doesNotContain("\n");
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
