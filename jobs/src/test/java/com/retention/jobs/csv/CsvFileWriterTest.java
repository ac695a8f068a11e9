package com.retention.jobs.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileWriterTest {

    record Row(String id, String phone, String note, BigDecimal amount, Instant at, LocalDate on) {
    }

    static final CsvLayout<Row> LAYOUT = CsvLayout.<Row>builder()
            .safe("id", Row::id)
            .safe("phone", Row::phone)
            .text("note", Row::note)
            .safe("amount", Row::amount)
            .safe("at", Row::at)
            .safe("on", Row::on)
            .build();

    @TempDir
    Path dir;

    @Test
    void writesHeaderQuotesAndNeutralisesOnlyFreeText() throws IOException {
        Path file = dir.resolve("out/D/file.csv");
        long rows = LAYOUT.write(file, Stream.of(
                new Row("T-1", "+79161234567", "=HYPERLINK(\"http://x\",\"y\")", new BigDecimal("-12.50"),
                        Instant.parse("2026-11-21T06:00:00.123Z"), LocalDate.of(2026, 11, 21)),
                new Row("T-2", "+79161234568", "Иванов, \"ООО\"\nвторая строка", new BigDecimal("1E+3"),
                        null, null),
                new Row("T-3", "+79161234569", "\tcmd", null, null, null)));

        assertThat(rows).isEqualTo(3);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("id,phone,note,amount,at,on\n");
        assertThat(text).doesNotContain("\r\n").doesNotStartWith("\uFEFF");
        assertThat(text).contains("T-1,+79161234567,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.50,"
                + "2026-11-21T06:00:00Z,2026-11-21\n");
        assertThat(text).contains("T-2,+79161234568,\"Иванов, \"\"ООО\"\"\nвторая строка\",1000,,\n");

        assertThat(text).contains("T-3,+79161234569,'\tcmd,,,\n");
    }

    @Test
    void reRunWritesIdenticalBytes() throws IOException {
        Path file = dir.resolve("same.csv");
        Row row = new Row("T-1", "+79161234567", "@note", BigDecimal.TEN, Instant.EPOCH, LocalDate.EPOCH);
        LAYOUT.write(file, Stream.of(row, row));
        byte[] first = Files.readAllBytes(file);
        LAYOUT.write(file, Stream.of(row, row));
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void failedRunKeepsThePreviousFileAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("kept.csv");
        LAYOUT.write(file, Stream.of(new Row("T-1", "+79161234567", "ok", null, null, null)));
        byte[] before = Files.readAllBytes(file);

        Iterator<Row> failing = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Row next() {
                if (++n > 1000) {
                    throw new IllegalStateException("database went away");
                }
                return new Row("T-" + n, "+79161234567", "row", null, null, null);
            }
        };
        assertThatThrownBy(() -> LAYOUT.write(file, failing)).hasMessage("database went away");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedWithItsNumber() {
        try (CsvFileWriter csv = CsvFileWriter.open(dir.resolve("w.csv"), List.of(CsvColumn.safe("a"), CsvColumn.safe("b")))) {
            csv.writeRow("1", "2");
            assertThatThrownBy(() -> csv.writeRow("1")).hasMessageContaining("row 2").hasMessageContaining("1 values for 2");
        }
        assertThat(dir.resolve("w.csv")).doesNotExist();
    }

    @Test
    void guardFlagsEveryFormulaStart() {
        for (String danger : List.of("=1+1", "+7916", "-2", "@SUM(A1)", "\tx", "\rx", "\nx")) {
            assertThat(FormulaGuard.neutralise(danger)).isEqualTo("'" + danger);
        }
        for (String harmless : List.of("", "Иван", "1-2", " =x", "'quoted")) {
            assertThat(FormulaGuard.neutralise(harmless)).isEqualTo(harmless);
        }
        assertThat(FormulaGuard.neutralise(null)).isNull();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
