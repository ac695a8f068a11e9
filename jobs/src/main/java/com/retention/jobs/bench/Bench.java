package com.retention.jobs.bench;

import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.domain.dunning.DunningRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outages.OutageRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.calllists.candidates.CandidateBuilder;
import com.retention.jobs.calllists.config.ContactProperties;
import com.retention.jobs.calllists.config.TeamCapacities;
import com.retention.jobs.demo.DemoLoadSummary;
import com.retention.jobs.demo.DemoLoader;
import com.retention.jobs.demo.DemoOperator;
import com.retention.jobs.demo.DemoSpec;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.model.ModelStore;
import com.retention.jobs.model.ModelTraining;
import com.retention.jobs.rules.OutageLookback;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The benchmark: a generated operator (or the one loaded), the nightly flow job by job, the floor
 * (its inputs read and its outputs written once by COPY, {@link Floor}), then the set-based SQL baseline of
 * scoring, offers, dunning, outage notices, the call lists' candidates (of a first night) and contact decisions on
 * the same data, and the
 * comparison of their decisions. The flow runs first, the baseline second, both over the same warm database.
 * With shifts configured the call-list decisions are not compared: who is on shift when is Java-only.
 */
@Component
public class Bench {

    private final DemoLoader loader;
    private final JobLaunchService launcher;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final OperatorProperties operator;
    private final ScoringRules scoringRules;
    private final OfferRules offerRules;
    private final DunningRules dunningRules;
    private final OutageRules outageRules;
    private final OutageLookback outageLookback;
    private final ContactPolicyConfig contactPolicy;
    private final TeamCapacities capacities;
    private final ModelTraining training;
    private final ModelStore models;
    private final CandidateBuilder candidates;
    private final ContactProperties contact;

    public Bench(DemoLoader loader, JobLaunchService launcher, DataSource dataSource, JdbcTemplate jdbc,
                 OperatorProperties operator, ScoringRules scoringRules, OfferRules offerRules,
                 DunningRules dunningRules, OutageRules outageRules, OutageLookback outageLookback,
                 ContactPolicyConfig contactPolicy, TeamCapacities capacities, ModelTraining training,
                 ModelStore models, CandidateBuilder candidates, ContactProperties contact) {
        this.candidates = candidates;
        this.contact = contact;
        this.training = training;
        this.models = models;
        this.loader = loader;
        this.launcher = launcher;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.operator = operator;
        this.scoringRules = scoringRules;
        this.offerRules = offerRules;
        this.dunningRules = dunningRules;
        this.outageRules = outageRules;
        this.outageLookback = outageLookback;
        this.contactPolicy = contactPolicy;
        this.capacities = capacities;
    }

    public LocalDate today() {
        return launcher.today();
    }

    /**
     * @param generate null to bench the operator already loaded; otherwise what to generate first
     * @param progress one line per phase as it starts, so a long run shows where it is
     */
    public BenchResult run(DemoSpec generate, LocalDate date, PrintWriter progress) {
        return run(generate, date, progress, false);
    }

    /**
     * @param withModel also train a model and time the scoring job with it ({@code bench --model}); a model
     *                  promoted before steps back while the rule's flow runs (the baseline is the rule's)
     *                  and is promoted again at the end
     */
    public BenchResult run(DemoSpec generate, LocalDate date, PrintWriter progress, boolean withModel) {
        Optional<Long> promoted = models.promotedId();
        models.stepBack();
        try {
            return runByRule(generate, date, progress, withModel, promoted);
        } finally {
            models.stepBack();
            promoted.ifPresent(models::promote);
        }
    }

    /**
     * An operator's tables were vacuumed long before its night; freshly loaded ones are not, and
     * autovacuum then works through every loaded row while the flow runs (at ten million it was busy
     * from scoring to the call lists, README "Figures"). So the bench vacuums them first, untimed.
     */
    private void settle(PrintWriter progress) {
        long start = System.nanoTime();
        jdbc.execute("VACUUM (ANALYZE) " + String.join(", ", DemoOperator.TABLES));
        progress.printf(Locale.ROOT, "Vacuumed the loaded tables in %.1f s (not timed in the flow).%n",
                (System.nanoTime() - start) / 1e9);
        progress.flush();
    }

    private BenchResult runByRule(DemoSpec generate, LocalDate date, PrintWriter progress, boolean withModel,
                                  Optional<Long> promoted) {
        long loaded = 0;
        Duration loadTook = Duration.ZERO;
        if (generate != null) {
            progress.printf(Locale.ROOT, "Generating and loading %,d subscribers (seed %d)...%n",
                    generate.subscribers(), generate.seed());
            progress.flush();
            DemoLoadSummary summary = loader.load(new DemoOperator(generate));
            loaded = summary.total();
            loadTook = summary.took();
            settle(progress);
        }
        long subscribers = count("SELECT count(*) FROM subscriber");
        long active = count("SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'");
        if (subscribers == 0) {
            throw new IllegalStateException("no operator is loaded; run without --skip-generate");
        }

        FlowRunner flowRunner = new FlowRunner(launcher);
        progress.println("Running the flow: " + String.join(", ", flowRunner.plan()) + "...");
        progress.flush();
        long flowStart = System.nanoTime();
        List<FlowStep> flow = flowRunner.run(date);
        Duration flowTook = Duration.ofNanos(System.nanoTime() - flowStart);

        progress.println("Measuring the floor: every input row read once, every output row written once, by COPY...");
        progress.flush();
        Floor.Result floor = new Floor(dataSource).measure(date);

        List<String> compared = flow.stream().filter(s -> "COMPLETED".equals(s.status())).map(FlowStep::job)
                .filter(BaselineRunner.RESULT_TABLES::containsKey)
                .filter(job -> !(job.equals("call-lists") && contactPolicy.shifts().hasRosters())).toList();
        progress.println("Running the SQL baseline...");
        progress.flush();
        Map<String, String> variables = BaselineParameters.of(date, operator.timezone(),
                new BaselineParameters.Rules(scoringRules, offerRules, dunningRules, outageRules,
                        outageLookback.endedWithin(), contactPolicy, capacities.on(date),
                        candidates.query(CallListDay.of(BusinessDay.nightly(date, operator.timezone()),
                                contact.carryOverMaxDays()))));
        List<BaselineRunner.StepTime> baseline = new BaselineRunner(dataSource).run(BaselineScript.load(), variables);
        List<ResultComparison.Difference> differences = new ResultComparison(jdbc).compare(date, compared);
        ModelBench.Result model = withModel && !flow.isEmpty() && "COMPLETED".equals(flow.get(0).status())
                ? new ModelBench(training, models).run(date, flowRunner, promoted, progress) : null;
        return new BenchResult(date, subscribers, active, loaded, loadTook, flow, flowTook, floor, baseline,
                differences, model);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
