package com.retention.jobs.delivery.dialer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.retention.jobs.csv.FormulaGuard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code call-lists/D/dialer-vicidial.txt}: every call task of D in VICIdial's standard lead-file layout
 * (README "Delivery"), so its list loader takes the file unedited: tab-separated, no header, UTF-8, the
 * 25 standard columns in their order. Written to a hidden file and moved into place.
 */
@Component
public class VicidialLeadFile {

    /** VICIdial's standard lead-file columns, in the order its loader reads them. */
    public static final List<String> COLUMNS = List.of("vendor_lead_code", "source_id", "list_id", "phone_code",
            "phone_number", "title", "first_name", "middle_initial", "last_name", "address1", "address2", "address3",
            "city", "state", "province", "postal_code", "country_code", "gender", "date_of_birth", "alt_phone",
            "email", "security_phrase", "comments", "rank", "owner");

    public static final String FILE = "dialer-vicidial.txt";

    private final SqlSessionFactory sessions;
    private final VicidialProperties lists;

    public VicidialLeadFile(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions, VicidialProperties lists) {
        this.sessions = sessions;
        this.lists = lists;
    }

    /** @return leads written */
    public long write(LocalDate date, Path folder) {
        Path target = folder.resolve(FILE);
        Path temporary = folder.resolve("." + FILE + ".tmp");
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        long rows = 0;
        try {
            Files.createDirectories(folder);
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                try (SqlSession session = sessions.openSession();
                     Cursor<LeadRow> leads = session.getMapper(LeadMapper.class).leads(date)) {
                    for (LeadRow row : leads) {
                        out.write(line(lead(row, phones)));
                        rows++;
                    }
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the failure below says what went wrong
            }
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new UncheckedIOException("cannot write " + target + ": " + why,
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private String[] lead(LeadRow row, PhoneNumberUtil phones) {
        Phonenumber.PhoneNumber phone = parse(phones, row.phone);
        String[] name = name(row.fullName);
        String[] lead = new String[COLUMNS.size()];
        lead[0] = row.taskId;
        lead[1] = row.campaign;
        lead[2] = Long.toString(lists.listId(row.team));
        lead[3] = phone == null ? "" : Integer.toString(phone.getCountryCode());
        lead[4] = phone == null ? row.phone.replaceAll("\\D", "") : phones.getNationalSignificantNumber(phone);
        lead[6] = name[1];
        lead[7] = name[2];
        lead[8] = name[0];
        lead[16] = phone == null ? "" : phones.getRegionCodeForNumber(phone);
        lead[20] = row.email;
        lead[22] = row.step + " " + row.localWindow;
        lead[23] = Integer.toString(row.rank);
        lead[24] = row.team;
        return lead;
    }

    private static Phonenumber.PhoneNumber parse(PhoneNumberUtil phones, String e164) {
        try {
            return phones.parse(e164, null);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * {last, first, middle initial} of a name written as Russian documents write it, "Фамилия Имя
     * Отчество"; one word is the last name, everything past the third goes with the last name.
     */
    static String[] name(String fullName) {
        String[] words = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return new String[] {"", "", ""};
        }
        if (words.length == 1) {
            return new String[] {words[0], "", ""};
        }
        String middle = words.length >= 3 ? words[2].substring(0, 1) : "";
        String last = words[0];
        for (int i = 3; i < words.length; i++) {
            last += " " + words[i];
        }
        return new String[] {last, words[1], middle};
    }

    /** A tab or line break inside a value would shift every column after it: each becomes a space. */
    private static String line(String[] values) {
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            String value = values[i] == null ? "" : values[i].replaceAll("[\\t\\r\\n]", " ");
            line.append(FormulaGuard.startsFormula(value) ? "'" + value : value);
        }
        return line.append('\n').toString();
    }
}
