package com.retention.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides from the file's content, not its name, whether it is an XLSX or a CSV, and refuses
 * everything else (legacy .xls, encrypted or binary workbooks, UTF-16, binary data) with one line.
 */
public final class FileFormatDetector {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileFormatDetector() {
    }

    public static FileFormat detect(Path file) {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new UnreadableFileException("cannot import " + file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableFileException("cannot import " + file + ": not a readable file");
        }
        byte[] head = head(file);
        if (head.length == 0) {
            throw new UnreadableFileException("cannot import " + name + ": the file is empty");
        }
        if (startsWith(head, OLE2)) {
            throw new UnreadableFileException("cannot import " + name + ": " + Ole2Documents.describe(file));
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            OoxmlPackages.checkIsWorkbook(file);
            return FileFormat.XLSX;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw new UnreadableFileException("cannot import " + name
                    + ": it is UTF-16 text; save it as CSV UTF-8 (comma or semicolon delimited)");
        }
        if (looksBinary(file)) {
            throw new UnreadableFileException("cannot import " + name + ": it is neither an XLSX workbook nor a CSV text file");
        }
        Utf8TextCheck.check(file);
        return FileFormat.CSV;
    }

    /** Text has no NUL bytes and hardly any control bytes in its first few kilobytes. */
    private static boolean looksBinary(Path file) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        int control = 0;
        for (byte b : start) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        return control > start.length / 100;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
