package com.retention.domain.outages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreaTreeTest {

    private final AreaTree tree = AreaTree.of(List.of(
            new AreaLink("RU-MOW", null),
            new AreaLink("MSK", "RU-MOW"),
            new AreaLink("MSK-ARBAT", "MSK"),
            new AreaLink("MSK-ARBAT-B12", "MSK-ARBAT"),
            new AreaLink("MSK-ARBAT-B14", "MSK-ARBAT"),
            new AreaLink("MSK-TVER", "MSK"),
            new AreaLink("MSK-TVER-B1", "MSK-TVER"),
            new AreaLink("SPB", "")));

    @Test
    void anOutageOnACityCoversItsBuildings() {
        assertThat(tree.covers("MSK", "MSK-ARBAT-B12")).isTrue();
        assertThat(tree.covers("MSK", "MSK-TVER-B1")).isTrue();
        assertThat(tree.descendantsOf("MSK"))
                .containsExactlyInAnyOrder("MSK", "MSK-ARBAT", "MSK-ARBAT-B12", "MSK-ARBAT-B14", "MSK-TVER",
                        "MSK-TVER-B1");
    }

    @Test
    void anAreaCoversItself() {
        assertThat(tree.covers("MSK-ARBAT-B12", "MSK-ARBAT-B12")).isTrue();
        assertThat(tree.covers("UNKNOWN", "UNKNOWN")).isTrue();
    }

    @Test
    void coverageGoesDownOnlyNeverUpOrSideways() {
        assertThat(tree.covers("MSK-ARBAT-B12", "MSK")).isFalse();
        assertThat(tree.covers("MSK-ARBAT", "MSK-TVER-B1")).isFalse();
        assertThat(tree.covers("SPB", "MSK-ARBAT-B12")).isFalse();
    }

    @Test
    void ancestorsAreNearestFirst() {
        assertThat(tree.ancestorsOf("MSK-ARBAT-B14")).containsExactly("MSK-ARBAT-B14", "MSK-ARBAT", "MSK", "RU-MOW");
        assertThat(tree.ancestorsOf("NOWHERE")).containsExactly("NOWHERE");
    }

    @Test
    void aCycleDoesNotLoopForever() {
        AreaTree cyclic = AreaTree.of(List.of(new AreaLink("A", "B"), new AreaLink("B", "C"),
                new AreaLink("C", "A"), new AreaLink("LEAF", "A"), new AreaLink("SELF", "SELF")));

        assertThat(cyclic.covers("C", "LEAF")).isTrue();
        assertThat(cyclic.covers("X", "LEAF")).isFalse();
        assertThat(cyclic.ancestorsOf("LEAF")).containsExactly("LEAF", "A", "B", "C");
        assertThat(cyclic.descendantsOf("B")).containsExactlyInAnyOrder("B", "A", "C", "LEAF");
        assertThat(cyclic.ancestorsOf("SELF")).containsExactly("SELF");
    }

    @Test
    void aCodeGivenTwiceKeepsItsLastParent() {
        AreaTree moved = AreaTree.of(List.of(new AreaLink("B1", "OLD"), new AreaLink("B1", "NEW")));

        assertThat(moved.covers("NEW", "B1")).isTrue();
        assertThat(moved.covers("OLD", "B1")).isFalse();
        assertThat(moved.descendantsOf("OLD")).containsExactly("OLD");
    }
}
