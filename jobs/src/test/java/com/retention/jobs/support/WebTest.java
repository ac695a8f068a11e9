package com.retention.jobs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of {@code serve}'s web side (API, console) on a real server on random ports. Every such test
 * uses exactly these settings, so they all share one cached application context instead of starting
 * one each. The output folder is {@link #OUTPUT}; a test that reads files there empties it first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"server.port=0",
    "management.server.port=0", "retention.http.max-upload=64KB", "retention.output=" + WebTest.OUTPUT,
    "retention.batch.chunk-size=50"})
@ActiveProfiles("serve")
public @interface WebTest {

    String OUTPUT = "target/web-test-out";
}
