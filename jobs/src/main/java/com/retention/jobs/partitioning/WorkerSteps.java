package com.retention.jobs.partitioning;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.step.Step;

/**
 * The worker steps of the partitioned steps, by step name ({@code scoringPartition}, ...): what a
 * remote range request may ask a node to run, and nothing else. Filled as the manager steps are
 * built, which every node does on start.
 */
public class WorkerSteps {

    private final Map<String, Step> byName = new ConcurrentHashMap<>();

    void register(Step worker) {
        byName.put(worker.getName(), worker);
    }

    public Optional<Step> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
