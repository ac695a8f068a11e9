package com.retention.jobs.calllists.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskNumbersTest {

    @Test
    void sixDigitsUpToAMillionThenAsManyAsNeeded() {
        assertThat(TaskNumbers.sixDigits(1)).isEqualTo("000001");
        assertThat(TaskNumbers.sixDigits(42_017)).isEqualTo("042017");
        assertThat(TaskNumbers.sixDigits(999_999)).isEqualTo("999999");
        assertThat(TaskNumbers.sixDigits(1_000_000)).isEqualTo("1000000");
    }
}
