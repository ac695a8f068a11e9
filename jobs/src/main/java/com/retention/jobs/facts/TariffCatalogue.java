package com.retention.jobs.facts;

import com.retention.domain.offers.Tariff;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The whole catalogue in memory for one step: every subscriber's cost projection compares against it. */
public final class TariffCatalogue {

    private final Map<String, Tariff> byCode;

    private TariffCatalogue(Map<String, Tariff> byCode) {
        this.byCode = byCode;
    }

    /**
     * Reads through its own short session: the step-scoped beans that load it are created inside
     * the first chunk's transaction, whose SqlSession must stay the batch writer's.
     */
    public static TariffCatalogue load(SqlSessionFactory sessions) {
        try (SqlSession session = sessions.openSession()) {
            return load(session.getMapper(TariffMapper.class));
        }
    }

    static TariffCatalogue load(TariffMapper mapper) {
        // insertion-ordered (by code) so that every run walks the catalogue the same way
        return new TariffCatalogue(mapper.all().stream().map(TariffRow::toTariff)
                .collect(Collectors.toMap(Tariff::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    public Tariff get(String code) {
        Tariff tariff = byCode.get(code);
        if (tariff == null) {
            throw new IllegalStateException("tariff " + code + " is not in the catalogue");
        }
        return tariff;
    }

    public Collection<Tariff> all() {
        return byCode.values();
    }
}
