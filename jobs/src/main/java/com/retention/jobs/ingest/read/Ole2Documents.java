package com.retention.jobs.ingest.read;

import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Says what an OLE2 container is: an encrypted OOXML workbook, a legacy .xls, or something else. */
final class Ole2Documents {

    private Ole2Documents() {
    }

    static String describe(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return "the workbook is password-protected (encrypted); remove the password and save it again";
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return "it is a legacy Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV UTF-8";
            }
            return "it is an old-style Office document, not an XLSX or CSV file";
        } catch (Exception | OutOfMemoryError e) {
            return "it is a damaged old-style Office (.xls) file; save it as .xlsx or CSV UTF-8";
        }
    }
}
