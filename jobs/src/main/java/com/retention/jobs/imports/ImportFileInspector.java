package com.retention.jobs.imports;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.read.FileFormat;
import com.retention.jobs.ingest.read.FileFormatDetector;
import com.retention.jobs.ingest.read.HeaderIndex;
import com.retention.jobs.ingest.read.ImportFile;
import com.retention.jobs.ingest.read.RowSource;
import com.retention.jobs.ingest.read.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything that can refuse a file whole, done before a job starts so that a refused file leaves
 * nothing behind: the format by content, the encoding, and the header's required columns.
 */
public final class ImportFileInspector {

    private ImportFileInspector() {
    }

    public static ImportFile inspect(ImportDefinition definition, Path given) {
        Path path = given.toAbsolutePath().normalize();
        FileFormat format = FileFormatDetector.detect(path);
        try (RowSource source = RowSource.open(path, format)) {
            checkColumns(definition, source.header(), path.getFileName().toString());
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (RuntimeException e) {
            // Whatever a damaged file makes a library throw, the user gets one line naming the file.
            throw new UnreadableFileException("cannot read " + path.getFileName() + " as " + format + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        try {
            return new ImportFile(path, format, Files.size(path), Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static void checkColumns(ImportDefinition definition, HeaderIndex header, String fileName) {
        List<String> missing = definition.requiredColumns().stream().filter(c -> !header.has(c)).toList();
        List<String> oneOf = definition.oneOfColumns();
        boolean noneOf = !oneOf.isEmpty() && oneOf.stream().noneMatch(header::has);
        if (missing.isEmpty() && !noneOf) {
            definition.headerProblem(header.names()).ifPresent(problem -> {
                throw new UnreadableFileException("cannot import " + fileName + " as " + definition.kind() + ": " + problem);
            });
            return;
        }
        StringBuilder what = new StringBuilder();
        if (!missing.isEmpty()) {
            what.append("missing required column").append(missing.size() > 1 ? "s " : " ").append(String.join(", ", missing));
        }
        if (noneOf) {
            what.append(what.isEmpty() ? "" : "; ").append("needs a column ").append(String.join(" or ", oneOf));
        }
        String found = header.names().isEmpty() ? "none" : header.names().stream().limit(12).map(HeaderIndex::shortened).collect(Collectors.joining(", "))
                + (header.names().size() > 12 ? ", ..." : "");
        throw new UnreadableFileException("cannot import " + fileName + " as " + definition.kind() + ": " + what
                + " (the header row has: " + found + ")");
    }
}
