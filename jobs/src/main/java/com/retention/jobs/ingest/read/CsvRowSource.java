package com.retention.jobs.ingest.read;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a UTF-8 CSV (with or without BOM), its delimiter ({@code ,} or {@code ;}) detected on the
 * header line. Row numbers are record numbers, counting blank lines, as a spreadsheet shows them.
 */
final class CsvRowSource implements RowSource {

    private static final int HEADER_LOOKAHEAD = 1 << 20;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final HeaderIndex header;

    private CsvRowSource(CSVParser parser, String fileName) {
        this.parser = parser;
        this.records = parser.iterator();
        CSVRecord first = nextNonBlank();
        if (first == null) {
            throw new UnreadableFileException("cannot import " + fileName + ": it has no header row (the file is empty)");
        }
        this.header = HeaderIndex.of(first.values(), fileName);
    }

    static CsvRowSource open(Path file) {
        BufferedReader reader = null;
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file));
            skipBom(in);
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
            char delimiter = detectDelimiter(reader);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .get();
            return new CsvRowSource(CSVParser.builder().setReader(reader).setFormat(format).get(),
                    file.getFileName().toString());
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(reader);
            throw new UnreadableFileException("cannot read " + file.getFileName() + " as CSV: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    @Override
    public HeaderIndex header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            CSVRecord record = nextNonBlank();
            return record == null ? null : new SourceRow(record.getRecordNumber(), record.values(), header);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private CSVRecord nextNonBlank() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (!SourceRow.isBlank(record.values())) {
                return record;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** The delimiter (comma, semicolon or tab) that splits the header line most often, counting only outside quotes. */
    static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenText = false;
        for (int read = 0; read < HEADER_LOOKAHEAD; read++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r') && seenText)) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++; // a dialer's export (VICIdial's is tab-separated)
            }
            seenText |= !Character.isWhitespace(c);
        }
        reader.reset();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already failing with a clearer message
            }
        }
    }
}
