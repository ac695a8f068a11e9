package com.retention.jobs.ingest.read;

import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Opens a zip as an Office package (POI's ZipSecureFile limits apply: zip bombs are refused) and
 * checks that its main part is a spreadsheet this importer reads, not an .xlsb or a Word file.
 */
final class OoxmlPackages {

    private OoxmlPackages() {
    }

    static void checkIsWorkbook(Path file) {
        String name = file.getFileName().toString();
        String contentType;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.isEmpty()) {
                main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            if (main.isEmpty()) {
                throw new UnreadableFileException("cannot import " + name + ": it is a zip file without a workbook in it (damaged, or not an XLSX)");
            }
            PackagePart part = pkg.getPart(main.getRelationship(0));
            if (part == null) {
                throw new UnreadableFileException("cannot import " + name + ": the workbook is damaged (no workbook part)");
            }
            contentType = part.getContentType();
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new UnreadableFileException("cannot read " + name + " as an XLSX workbook: " + XlsxProblems.describe(e), e);
        }
        if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(contentType)) {
            throw new UnreadableFileException("cannot import " + name
                    + ": it is a binary Excel workbook (.xlsb); save it as .xlsx or CSV UTF-8");
        }
        if (!contentType.contains("spreadsheetml") && !contentType.contains("ms-excel")) {
            throw new UnreadableFileException("cannot import " + name + ": it is an Office document of type "
                    + contentType + ", not an XLSX workbook");
        }
    }
}
