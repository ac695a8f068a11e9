package com.retention.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.common.Channel;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TextChannelTest {

    @Test
    void anSmsToALandlineGoesByEmailAndNothingElseChanges() {
        assertThat(TextChannel.of(Channel.SMS, () -> true)).isEqualTo(Channel.SMS);
        assertThat(TextChannel.of(Channel.SMS, () -> false)).isEqualTo(Channel.EMAIL);
        assertThat(TextChannel.of(Channel.CALL, () -> false)).isEqualTo(Channel.CALL);
        assertThat(TextChannel.of(Channel.EMAIL, () -> true)).isEqualTo(Channel.EMAIL);
        assertThat(TextChannel.of(Channel.HANDOVER, () -> false)).isEqualTo(Channel.HANDOVER);
    }

    @Test
    void onlyAnSmsAsksAboutTheNumber() {
        BooleanSupplier mustNotBeAsked = () -> {
            throw new AssertionError("asked about the number of a call");
        };
        assertThat(TextChannel.of(Channel.CALL, mustNotBeAsked)).isEqualTo(Channel.CALL);
    }
}
