package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.cli.ExitCodes;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read at all is refused whole: one line, exit 2, nothing written. */
class UnreadableFileImportTest extends IntegrationTest {

    @TempDir
    Path dir;

    @Test
    void aLegacyXlsIsRefused() throws IOException {
        Path xls = dir.resolve("subscribers.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue("subscriber_id");
            workbook.write(out);
        }
        assertRefused(xls, "legacy Excel 97-2003 (.xls)");
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        Path plain = ImportFiles.xlsx(dir, "plain.xlsx", sheet -> sheet.row(0, "subscriber_id"));
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(encrypted, "password-protected (encrypted)");
    }

    @Test
    void randomBytesNamedCsvAreRefused() {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        assertRefused(ImportFiles.write(dir, "noise.csv", noise), "neither an XLSX workbook nor a CSV text file");
    }

    @Test
    void aCsvWithoutARequiredColumnIsRefusedNamingTheColumns() {
        Path file = ImportFiles.csv(dir, "no-phone.csv", """
                subscriber_id,account_id,full_name,tariff_code,area_code,status
                S1,A1,Ivan,T1,MSK,ACTIVE
                """);
        assertRefused(file, "missing required columns phone, activated_on");
    }

    @Test
    void anEmptyFileAndAFileOfBlankLinesAreRefused() {
        assertRefused(ImportFiles.write(dir, "empty.csv", new byte[0]), "the file is empty");
        assertRefused(ImportFiles.csv(dir, "blank.csv", "\n \r\n\n"), "no header row");
    }

    @Test
    void aWindows1251CsvIsRefusedAskingForUtf8() {
        byte[] cp1251 = "subscriber_id;full_name\nS1;Иван Петров\n".getBytes(Charset.forName("windows-1251"));
        assertRefused(ImportFiles.write(dir, "cp1251.csv", cp1251), "line 2 is not UTF-8 text");
    }

    @Test
    void aUtf16CsvIsRefused() {
        byte[] text = "subscriber_id\nS1\n".getBytes(StandardCharsets.UTF_16);
        assertRefused(ImportFiles.write(dir, "utf16.csv", text), "UTF-16");
    }

    @Test
    void aMissingFileAndAnUnknownKindAreRefused() {
        assertRefused(dir.resolve("nope.csv"), "no such file");
        Cli.Result unknownKind = Cli.run("import", "outcomez", dir.resolve("nope.csv").toString());
        assertThat(unknownKind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownKind.err()).contains("unknown import kind 'outcomez'; kinds: areas, dnc,");
    }

    private void assertRefused(Path file, String reason) {
        Cli.Result result = Cli.run("import", "subscribers", file.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines().toList()).hasSize(1);
        assertThat(result.err()).startsWith("retention: ").contains(file.getFileName().toString(), reason)
                .doesNotContain("Exception");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_instance WHERE job_name = 'import-subscribers'"
                + " AND job_instance_id IN (SELECT job_instance_id FROM batch_job_execution_params p"
                + " JOIN batch_job_execution e USING (job_execution_id) WHERE p.parameter_value = ?)",
                Long.class, file.toAbsolutePath().normalize().toString())).as("no job was started").isZero();
        assertThat(Files.exists(Path.of(file + ".rejects.csv"))).isFalse();
    }
}
