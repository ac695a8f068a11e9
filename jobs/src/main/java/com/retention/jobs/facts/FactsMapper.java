package com.retention.jobs.facts;

import org.apache.ibatis.annotations.Mapper;

/**
 * The one streaming facts query scoring and offers share ({@code FactsMapper.xml}); read through a
 * cursor reader under statement {@link #FACTS}, parameters from {@link FactsQuery}.
 */
@Mapper
public interface FactsMapper {

    String FACTS = "com.retention.jobs.facts.FactsMapper.facts";
}
