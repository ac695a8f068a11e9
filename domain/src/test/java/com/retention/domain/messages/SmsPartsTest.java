package com.retention.domain.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmsPartsTest {

    @Test
    void partsAreTheSegmentsTheOutboxCounts() {
        Random random = new Random(7);
        String alphabet = "abc XYZ 09{}[]€^~|\\@£ÄÖабвгдЖЮЯ😀.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(500);
            boolean latin = random.nextBoolean();
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(latin ? 22 : alphabet.length() - 1);
                char c = alphabet.charAt(pick);
                text.append(c);
                if (Character.isHighSurrogate(c)) {
                    text.append(alphabet.charAt(pick + 1));
                }
            }
            String t = text.toString();
            List<String> parts = SmsParts.split(t);
            assertThat(parts).as(t).hasSize(SmsSegments.segments(t));
            assertThat(String.join("", parts)).isEqualTo(t);
        }
    }

    @Test
    void gsmTextTravelsAsSeptetsWithEscapesAndComesBack() {
        SmsParts.Encoded encoded = SmsParts.encode("Pay 100€ {now} @ £");
        assertThat(encoded.encoding()).isEqualTo(SmsEncoding.GSM_7);
        byte[] bytes = encoded.parts().get(0);
        assertThat(bytes[0]).isEqualTo((byte) 'P');
        assertThat(bytes).contains((byte) 0x1B, (byte) 0x65, (byte) 0x28, (byte) 0x00, (byte) 0x01);
        assertThat(SmsParts.decodeGsm(bytes)).isEqualTo("Pay 100€ {now} @ £");
    }

    @Test
    void cyrillicTravelsAsUcs2InPartsOf67() {
        String text = "Ж".repeat(140);
        SmsParts.Encoded encoded = SmsParts.encode(text);
        assertThat(encoded.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(encoded.parts()).hasSize(3);
        assertThat(new String(encoded.parts().get(0), StandardCharsets.UTF_16BE)).isEqualTo("Ж".repeat(67));
        assertThat(encoded.parts().get(2)).hasSize(6 * 2);
    }
}
