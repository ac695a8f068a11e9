package com.retention.jobs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.outcomes.OutcomeCode;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's SQL counts a call as reached with its own fragment, for speed: PostgreSQL gives it the
 * same answer as {@link OutcomeCode#reachedSubscriber()} (the quality sample's rule) for every code.
 */
class ReachedSqlTest extends IntegrationTest {

    @Test
    void theReportsReachedFragmentAgreesWithTheDomainForEveryCode() throws IOException {
        String fragment;
        try (InputStream xml = getClass().getResourceAsStream("/com/retention/jobs/reporting/ReportMapper.xml")) {
            Matcher sql = Pattern.compile("<sql id=\"reached\">(.*?)</sql>", Pattern.DOTALL)
                    .matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(sql.find()).as("ReportMapper.xml has the fragment").isTrue();
            fragment = sql.group(1).strip();
        }
        for (OutcomeCode code : OutcomeCode.values()) {
            Boolean reached = jdbc.queryForObject("SELECT " + fragment + " FROM (SELECT ?::text AS outcome) o",
                    Boolean.class, code.name());
            assertThat(reached).as(code.name()).isEqualTo(code.reachedSubscriber());
        }
    }
}
