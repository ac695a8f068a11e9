package com.retention.jobs.partitioning;

import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A contiguous range of text keys, {@code [from, to)}; a null end is open. A partition's range lives
 * in its step execution context under {@link #FROM} and {@link #TO}, so a restart reads the same range
 * back from the job repository, and readers bind it as {@code #{stepExecutionContext['from']}}.
 */
public record KeyRange(String from, String to) {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final KeyRange ALL = new KeyRange(null, null);

    public static KeyRange of(ExecutionContext context) {
        return new KeyRange(context.containsKey(FROM) ? context.getString(FROM) : null,
                context.containsKey(TO) ? context.getString(TO) : null);
    }

    public ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        if (from != null) {
            context.putString(FROM, from);
        }
        if (to != null) {
            context.putString(TO, to);
        }
        return context;
    }

    /** Adds the bounds to a mapper's parameters under the given names; an open end stays null. */
    public Map<String, Object> addTo(Map<String, Object> parameters, String fromName, String toName) {
        parameters.put(fromName, from);
        parameters.put(toName, to);
        return parameters;
    }

    public boolean contains(String key) {
        return (from == null || key.compareTo(from) >= 0) && (to == null || key.compareTo(to) < 0);
    }
}
