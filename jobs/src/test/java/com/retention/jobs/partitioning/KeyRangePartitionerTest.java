package com.retention.jobs.partitioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class KeyRangePartitionerTest {

    @Test
    void cutsIntoContiguousRangesWithOpenEnds() {
        KeyRangePartitioner partitioner = new KeyRangePartitioner(n -> List.of("S04", "S07"));

        Map<String, ExecutionContext> partitions = partitioner.partition(3);

        assertThat(partitions.keySet()).containsExactly("partition0", "partition1", "partition2");
        assertThat(partitions.values().stream().map(KeyRange::of)).containsExactly(
                new KeyRange(null, "S04"), new KeyRange("S04", "S07"), new KeyRange("S07", null));
        assertThat(partitions.get("partition0").containsKey(KeyRange.FROM)).isFalse();
    }

    @Test
    void everyKeyFallsInExactlyOneRangeEvenWithRepeatedOrMissingCuts() {
        List<String> keys = List.of("", "A", "S01", "S04", "S05", "S07", "S99", "Z");
        for (List<String> cuts : List.<List<String>>of(List.of("S04", "S07"), List.of("S04", "S04"),
                Arrays.asList(null, null), List.of())) {
            List<KeyRange> ranges = new KeyRangePartitioner(n -> cuts).ranges(3);
            assertThat(ranges).hasSize(3);
            for (String key : keys) {
                assertThat(ranges.stream().filter(r -> r.contains(key))).as(key + " in " + ranges).hasSize(1);
            }
        }
    }

    @Test
    void oneMeansOneUnboundedRangeWithoutAQuery() {
        KeyRangePartitioner partitioner = new KeyRangePartitioner(n -> {
            throw new AssertionError("no boundary query for one partition");
        });

        assertThat(partitioner.ranges(1)).containsExactly(KeyRange.ALL);
        assertThat(partitioner.getPartitionNames(1)).containsExactly("partition0");
    }

    @Test
    void aRestartFindsThePartitionsOfTheFirstRunByName() {
        KeyRangePartitioner partitioner = new KeyRangePartitioner(n -> List.of("S1", "S2", "S3"));

        assertThat(partitioner.getPartitionNames(4)).containsExactlyElementsOf(partitioner.partition(4).keySet());
    }

    @Test
    void refusesAWrongNumberOfCuts() {
        assertThatThrownBy(() -> new KeyRangePartitioner(n -> List.of("S1")).partition(3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected 2 boundaries");
    }

    @Test
    void aPoolTooSmallForThePartitionsIsRefusedOnStart() {
        PartitioningConfiguration.requireConnections(3, 8);
        assertThatThrownBy(() -> PartitioningConfiguration.requireConnections(4, 8))
                .hasMessage("retention.batch.partitions=4 needs retention.db.pool-size 10 or more "
                        + "(a cursor and a writer connection per partition, plus 2); it is 8");
    }

    @Test
    void aRemoteWorkerCountsItsLockConnectionToo() {
        PartitioningConfiguration.requireRemoteConnections(2, 8);
        PartitioningConfiguration.requireRemoteConnections(0, 2); // a node that only manages
        assertThatThrownBy(() -> PartitioningConfiguration.requireRemoteConnections(3, 10))
                .hasMessage("retention.batch.remote.workers=3 needs retention.db.pool-size 11 or more "
                        + "(a lock, a cursor and a writer connection per worker, plus 2); it is 10");
    }
}
