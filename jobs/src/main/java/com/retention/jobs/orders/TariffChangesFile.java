package com.retention.jobs.orders;

import com.retention.jobs.csv.CsvLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Writes {@code orders/D/tariff-changes.csv} from the database, streaming, whole or not at all:
 * after each outcome import of D's list and on {@code retention export orders --date D}.
 */
@Component
public class TariffChangesFile {

    static final CsvLayout<TariffChangeLine> LAYOUT = CsvLayout.<TariffChangeLine>builder()
            .safe("order_id", TariffChangeLine::orderId)
            .safe("subscriber_id", TariffChangeLine::subscriberId)
            .safe("from_tariff", TariffChangeLine::fromTariff)
            .safe("to_tariff", TariffChangeLine::toTariff)
            .safe("accepted_at", TariffChangeLine::acceptedAt)
            .safe("task_id", TariffChangeLine::taskId)
            .build();

    private final SqlSessionFactory cursors;

    public TariffChangesFile(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursors) {
        this.cursors = cursors;
    }

    public static Path pathFor(Path outputRoot, LocalDate day) {
        return outputRoot.resolve("orders").resolve(day.toString()).resolve("tariff-changes.csv");
    }

    /** Returns the number of orders written. */
    public long write(LocalDate day, Path outputRoot) {
        try (SqlSession session = cursors.openSession();
                Cursor<TariffChangeLine> rows = session.getMapper(OrderMapper.class).tariffChanges(day)) {
            return LAYOUT.write(pathFor(outputRoot, day), rows.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
