package com.retention.jobs.db;

import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Two ways into the mappers. The primary one joins Spring's transactions (chunk writes). The
 * cursor one opens its own connection with autocommit off: pgjdbc ignores the fetch size under
 * autocommit and would load a whole table into memory, and a reader's connection lives outside
 * the chunk transactions anyway; it also takes its rows in binary ({@link BinaryRows}). Mapper XML
 * sits beside its interface (same path).
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "com.retention.jobs", annotationClass = org.apache.ibatis.annotations.Mapper.class,
        sqlSessionTemplateRef = "sqlSessionTemplate")
public class MyBatisConfiguration {

    /** Rows a cursor fetches per round trip. */
    public static final int FETCH_SIZE = 2_000;

    private static final String MAPPERS = "classpath*:com/retention/jobs/**/*Mapper.xml";

    @Bean
    @Primary
    SqlSessionFactory sqlSessionFactory(DataSource dataSource) throws Exception {
        return factory(dataSource, null);
    }

    @Bean
    SqlSessionFactory cursorSqlSessionFactory(DataSource dataSource) throws Exception {
        return factory(dataSource, new JdbcTransactionFactory());
    }

    @Bean
    @Primary
    SqlSessionTemplate sqlSessionTemplate(@Qualifier("sqlSessionFactory") SqlSessionFactory factory) {
        return new SqlSessionTemplate(factory);
    }

    private static SqlSessionFactory factory(DataSource dataSource, JdbcTransactionFactory transactions)
            throws Exception {
        SqlSessionFactoryBean bean = new SqlSessionFactoryBean();
        bean.setDataSource(dataSource);
        org.apache.ibatis.session.Configuration configuration = new org.apache.ibatis.session.Configuration();
        configuration.setMapUnderscoreToCamelCase(true);
        // A second-level cache silently replaces the BATCH executor of batch writers.
        configuration.setCacheEnabled(false);
        // Nor a session cache: a session kept open for a whole step (the policy step's history reads)
        // would hold every result with its parameters until it ends, a heap growing with the day.
        configuration.setLocalCacheScope(org.apache.ibatis.session.LocalCacheScope.STATEMENT);
        configuration.setDefaultFetchSize(FETCH_SIZE);
        bean.setConfiguration(configuration);
        bean.setMapperLocations(new PathMatchingResourcePatternResolver().getResources(MAPPERS));
        if (transactions != null) {
            bean.setTransactionFactory(transactions);
            bean.setPlugins(new BinaryRows());
        }
        return bean.getObject();
    }
}
