package com.retention.jobs.imports;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.write.ChunkUpserter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The import kinds by name, each with its upsert statement built once. */
@Component
public class ImportKinds {

    private final Map<String, ImportDefinition> byKind = new TreeMap<>();
    private final Map<String, ChunkUpserter> upserters = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    public ImportKinds(List<ImportDefinition> definitions, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        definitions.forEach(d -> byKind.put(d.kind(), d));
    }

    public ImportDefinition get(String kind) {
        ImportDefinition definition = kind == null ? null : byKind.get(kind.toLowerCase(java.util.Locale.ROOT));
        if (definition == null) {
            throw new com.retention.jobs.errors.NotFoundException("unknown import kind '" + kind + "'; kinds: " + String.join(", ", byKind.keySet()));
        }
        return definition;
    }

    public ChunkUpserter upserter(ImportDefinition definition) {
        return upserters.computeIfAbsent(definition.kind(), k -> new ChunkUpserter(jdbc, definition.table()));
    }
}
