package com.retention.domain.outages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The area hierarchy (region > city > district > building > node). An outage on an area covers
 * the area itself and everything below it. The data comes from spreadsheets, so a cycle
 * (A's parent B, B's parent A) must not hang the run: every walk remembers where it has been.
 * A code given twice keeps its last parent, as an upserting import would.
 */
public final class AreaTree {

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, List<String>> childrenOf = new HashMap<>();

    private AreaTree(Collection<AreaLink> links) {
        for (AreaLink link : links) {
            parentOf.put(link.code(), link.parentCode());
        }
        parentOf.forEach((code, parent) -> {
            if (parent != null) {
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        });
    }

    public static AreaTree of(Collection<AreaLink> links) {
        return new AreaTree(links);
    }

    /** True when {@code areaCode} is {@code ancestorCode} or lies below it. */
    public boolean covers(String ancestorCode, String areaCode) {
        return ancestorsOf(areaCode).contains(ancestorCode);
    }

    /** The area and every area above it, nearest first: the areas whose outages reach a subscriber here. */
    public Set<String> ancestorsOf(String areaCode) {
        Set<String> path = new LinkedHashSet<>();
        String current = areaCode;
        while (current != null && path.add(current)) {
            current = parentOf.get(current);
        }
        return path;
    }

    /** The area and every area below it, breadth first: where an outage on it reaches. */
    public Set<String> descendantsOf(String areaCode) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(areaCode);
        while (!queue.isEmpty()) {
            String code = queue.poll();
            if (seen.add(code)) {
                queue.addAll(childrenOf.getOrDefault(code, List.of()));
            }
        }
        return seen;
    }
}
