package com.retention.jobs.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * PostgreSQL advisory lock keys from readable identities ({@code retention-run|scoring|2026-11-22|}):
 * the first 8 bytes of their SHA-256, so that keys of different kinds of locks, and of anything
 * else on a shared server, do not meet by accident.
 */
public final class AdvisoryLockKeys {

    private AdvisoryLockKeys() {
    }

    public static long of(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }
}
