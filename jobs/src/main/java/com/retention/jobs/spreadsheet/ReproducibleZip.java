package com.retention.jobs.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs an in-memory workbook with every entry stamped at one fixed time: POI stamps the zip
 * entries of an XSSFWorkbook with the wall clock, so the same report written twice would differ.
 * For small workbooks only (the report): it holds the file in memory.
 */
public final class ReproducibleZip {

    private ReproducibleZip() {
    }

    public static void copy(byte[] zip, long entryTimeMillis, OutputStream target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entryTimeMillis);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
