package com.retention.jobs.facts;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The tariff catalogue: small (tens of rows), loaded once per step. */
@Mapper
public interface TariffMapper {

    List<TariffRow> all();
}
