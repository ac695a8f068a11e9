package com.retention.jobs.spreadsheet;

import com.retention.jobs.io.Utf8Writer;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with compressed temp files and inline strings whose sheet XML goes through
 * {@link Utf8Writer} instead of POI's BufferedWriter over an OutputStreamWriter. The XML, and so
 * the workbook, is byte for byte what plain SXSSF writes; only the per-call locking and copying go.
 */
final class FastSXSSFWorkbook extends SXSSFWorkbook {

    FastSXSSFWorkbook(int window) {
        super(null, window, true, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXmlWriter(getSharedStringSource());
    }

    private static final class SheetXmlWriter extends GZIPSheetDataWriter {

        SheetXmlWriter(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        @Override
        public java.io.Writer createWriter(File file) throws IOException {
            FileOutputStream stream = new FileOutputStream(file);
            OutputStream decorated;
            try {
                decorated = decorateOutputStream(stream);
            } catch (IOException e) {
                stream.close();
                throw e;
            }
            return new Utf8Writer(decorated);
        }
    }
}
