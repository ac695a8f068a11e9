package com.retention.jobs.calllists.policy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Area time zones as ZoneIds, parsed once per name. A name Java does not know (an area imported
 * with a typo) falls back to the operator's zone, logged once, rather than stopping the whole night.
 * Shared by the policy's deciding threads.
 */
final class ZoneResolver {

    private static final Logger log = LoggerFactory.getLogger(ZoneResolver.class);

    private final ZoneId operatorZone;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    ZoneResolver(ZoneId operatorZone) {
        this.operatorZone = operatorZone;
    }

    ZoneId resolve(String name) {
        if (name == null || name.isBlank()) {
            return operatorZone;
        }
        return zones.computeIfAbsent(name, this::parse);
    }

    private ZoneId parse(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            log.warn("unknown time zone '{}' on an area: calling windows use the operator's {}", name, operatorZone);
            return operatorZone;
        }
    }
}
