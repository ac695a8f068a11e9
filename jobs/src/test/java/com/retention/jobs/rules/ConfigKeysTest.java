package com.retention.jobs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.common.Segment;
import com.retention.domain.contact.Campaign;
import com.retention.domain.contact.TeamRouter;
import com.retention.domain.dunning.DunningPause;
import com.retention.domain.outcomes.OutcomeCode;
import com.retention.jobs.calllists.config.CalendarProperties;
import com.retention.jobs.calllists.config.ContactProperties;
import com.retention.jobs.calllists.config.ControlGroupProperties;
import com.retention.jobs.calllists.config.TeamsProperties;
import com.retention.jobs.db.DatabaseProperties;
import com.retention.jobs.delivery.DeliveryProperties;
import com.retention.jobs.delivery.dialer.VicidialProperties;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.model.ModelProperties;
import com.retention.jobs.partitioning.PartitioningProperties;
import com.retention.jobs.partitioning.remote.RemoteProperties;
import com.retention.jobs.quality.QaProperties;
import com.retention.jobs.reporting.ReportProperties;
import com.retention.jobs.scheduling.ScheduleProperties;
import com.retention.jobs.users.LoginProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every {@code retention.*} key of {@code config/*.yml} changes something when overridden: for each
 * key, the table below overrides it and observes what its comment says it changes, through the same
 * binding (or the same rule) the application uses. The table must list exactly the keys found in the
 * files, so a key added without a check (or a check left for a removed key) fails the build.
 * Framework keys (spring.*, logging.*, server.*, management.*) are Spring Boot's own and not listed.
 */
class ConfigKeysTest {

    private static final Path CONFIG = Path.of("..", "config");
    private static final LocalDate D = LocalDate.of(2026, 11, 20);
    private static final RulesConfiguration RULES = new RulesConfiguration();

    /** What overriding one key changes: the extra overrides it needs, and what to look at. */
    private record Check(Map<String, String> overrides, Function<Environment, Object> observed) {
    }

    private static Check check(String value, Function<Environment, Object> observed) {
        return new Check(Map.of("", value), observed);
    }

    private static <T> Function<Environment, Object> bound(String prefix, Class<T> type, Function<T, Object> view) {
        return env -> view.apply(Binder.get(env).bind(prefix, type)
                .orElseGet(() -> Binder.get(env).bindOrCreate(prefix, type)));
    }

    /** A key read by {@code @Value} with this placeholder, as the reading class declares it. */
    private static Function<Environment, Object> placeholder(String expression) {
        return env -> env.resolvePlaceholders(expression);
    }

    /** A Spring key of the serve profile (application-serve.yml), which takes its value from a retention key. */
    private static Function<Environment, Object> serve(String springKey) {
        return env -> {
            StandardEnvironment serve = new StandardEnvironment();
            ((StandardEnvironment) env).getPropertySources().forEach(serve.getPropertySources()::addLast);
            Path file = CONFIG.resolve("application-serve.yml");
            try {
                new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file))
                        .forEach(serve.getPropertySources()::addLast);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return serve.getProperty(springKey);
        };
    }

    private static Function<Environment, Object> teams(Function<TeamsProperties, Object> view) {
        return bound("retention.teams", TeamsProperties.class, view);
    }

    private static Function<Environment, Object> delivery(Function<DeliveryProperties, Object> view) {
        return bound("retention.delivery", DeliveryProperties.class, view);
    }

    private static TeamRouter router(TeamsProperties teams) {
        return new TeamRouter(teams.routing());
    }

    private static Map<String, Check> table() {
        Map<String, Check> t = new HashMap<>();
        // application.yml
        t.put("retention.db.pool-size", check("12", bound("retention.db", DatabaseProperties.class, DatabaseProperties::poolSize)));
        t.put("retention.batch.partitions", check("3", bound("retention.batch", PartitioningProperties.class, PartitioningProperties::partitions)));
        t.put("retention.batch.chunk-size", check("500", placeholder("${retention.batch.chunk-size:1000}")));
        t.put("retention.batch.remote.enabled", check("true", bound("retention.batch.remote", RemoteProperties.class, RemoteProperties::enabled)));
        t.put("retention.batch.remote.poll-interval", check("5s", bound("retention.batch.remote", RemoteProperties.class, RemoteProperties::pollInterval)));
        t.put("retention.batch.remote.timeout", check("2h", bound("retention.batch.remote", RemoteProperties.class, RemoteProperties::timeout)));
        t.put("retention.output", check("/tmp/elsewhere", bound("retention", OutputProperties.class, OutputProperties::output)));
        t.put("retention.model.epochs", check("3", bound("retention.model", ModelProperties.class, ModelProperties::epochs)));
        t.put("retention.model.learning-rate", check("0.5", bound("retention.model", ModelProperties.class, ModelProperties::learningRate)));
        t.put("retention.model.folds", check("3", bound("retention.model", ModelProperties.class, ModelProperties::folds)));
        t.put("retention.model.seed", check("7", bound("retention.model", ModelProperties.class, ModelProperties::seed)));
        t.put("retention.model.snapshots", check("3", bound("retention.model", ModelProperties.class, ModelProperties::snapshots)));
        t.put("retention.model.snapshot-step-days", check("14", bound("retention.model", ModelProperties.class, ModelProperties::snapshotStepDays)));
        t.put("retention.model.max-training-rows", check("5000", bound("retention.model", ModelProperties.class, ModelProperties::maxTrainingRows)));
        t.put("retention.model.promote-margin", check("0.1", bound("retention.model", ModelProperties.class, ModelProperties::promoteMargin)));
        t.put("retention.model.high-from", check("0.6", bound("retention.model", ModelProperties.class, ModelProperties::highFrom)));
        t.put("retention.model.medium-from", check("0.25", bound("retention.model", ModelProperties.class, ModelProperties::mediumFrom)));
        t.put("retention.model.gbt-trees", check("20", bound("retention.model", ModelProperties.class, ModelProperties::gbtTrees)));
        t.put("retention.model.gbt-depth", check("6", bound("retention.model", ModelProperties.class, ModelProperties::gbtDepth)));
        t.put("retention.model.gbt-learning-rate", check("0.3", bound("retention.model", ModelProperties.class, ModelProperties::gbtLearningRate)));
        t.put("retention.report.window-days", check("14", bound("retention.report", ReportProperties.class, ReportProperties::windowDays)));
        t.put("retention.report.uplift-lookback-days", check("90", bound("retention.report", ReportProperties.class, ReportProperties::upliftLookbackDays)));
        t.put("retention.report.churn-windows", check("30", bound("retention.report", ReportProperties.class, ReportProperties::churnWindows)));
        t.put("retention.report.recovery-days", check("7", bound("retention.report", ReportProperties.class, ReportProperties::recoveryDays)));
        t.put("retention.qa.calls-per-agent", check("3", bound("retention.qa", QaProperties.class,
                q -> q.sampling().callsPerAgent())));
        t.put("retention.schedule.recover-on-start", check("false", placeholder("${retention.schedule.recover-on-start:true}")));
        t.put("retention.http.port", check("9090", serve("server.port")));
        t.put("retention.http.address", check("0.0.0.0", serve("server.address")));
        t.put("retention.http.max-upload", check("5MB", serve("spring.servlet.multipart.max-file-size")));
        t.put("retention.desk.lease", check("2m", placeholder("${retention.desk.lease:5m}")));
        t.put("retention.http.login.max-failures", check("3", bound("retention.http.login", LoginProperties.class, LoginProperties::maxFailures)));
        t.put("retention.http.login.lock-minutes", check("60", bound("retention.http.login", LoginProperties.class, LoginProperties::lockMinutes)));
        t.put("retention.http.login.remember", check("30s", bound("retention.http.login", LoginProperties.class, LoginProperties::remember)));
        t.put("retention.progress.interval", check("1s", placeholder("${retention.progress.interval:5s}")));
        // retention.yml: the rule records, bound as RulesConfiguration binds them
        t.put("retention.operator.timezone", check("Asia/Vladivostok", bound("retention.operator", OperatorProperties.class, OperatorProperties::timezone)));
        for (String key : List.of("legacy-tariff-weight", "overpaying-weight", "usage-drop-weight", "complaints-weight",
                "outage-hit-weight", "late-payer-weight", "short-tenure-weight", "termination-request-weight")) {
            t.put("retention.scoring." + key, check("5", RULES::scoringRules));
        }
        t.put("retention.scoring.overpaying-min-saving-share", check("0.25", RULES::scoringRules));
        t.put("retention.scoring.usage-drop-min-share", check("0.5", RULES::scoringRules));
        t.put("retention.scoring.complaints-min-tickets", check("3", RULES::scoringRules));
        t.put("retention.scoring.outage-min-duration", check("2h", RULES::scoringRules));
        t.put("retention.scoring.late-payment-min-days", check("10", RULES::scoringRules));
        t.put("retention.scoring.short-tenure-months", check("3", RULES::scoringRules));
        t.put("retention.scoring.lookback-days", check("60", RULES::scoringRules));
        t.put("retention.scoring.high-from", check("70", RULES::scoringRules));
        t.put("retention.scoring.medium-from", check("40", RULES::scoringRules));
        t.put("retention.scoring.cap", check("90", RULES::scoringRules));
        t.put("retention.offers.min-saving-share", check("0.2", RULES::offerRules));
        t.put("retention.offers.min-saving-amount", check("80", RULES::offerRules));
        t.put("retention.offers.usage-months", check("2", RULES::offerRules));
        t.put("retention.offers.offer-valid-days", check("14", RULES::offerRules));
        t.put("retention.offers.accepted-cooldown-days", check("60", RULES::offerRules));
        t.put("retention.offers.declined-cooldown-days", check("10", RULES::offerRules));
        t.put("retention.dunning.min-overdue-amount", check("150", RULES::dunningRules));
        t.put("retention.dunning.reminder-call-from-days", check("8", RULES::dunningRules));
        t.put("retention.dunning.suspension-warning-from-days", check("20", RULES::dunningRules));
        t.put("retention.dunning.collections-from-days", check("45", RULES::dunningRules));
        // the pauses the outcome import stores (AppliedOutcomes asks DunningPause with the bound rules)
        t.put("retention.dunning.promise-grace-days", check("4",
                env -> DunningPause.after(OutcomeCode.PROMISE_TO_PAY, D, D.plusDays(3), RULES.dunningRules(env))));
        t.put("retention.dunning.paid-pause-days", check("7",
                env -> DunningPause.after(OutcomeCode.PAID, D, null, RULES.dunningRules(env))));
        t.put("retention.dunning.pre-due-days", check("5", RULES::paymentDueRules));
        t.put("retention.tickets.follow-up-days", check("1", RULES::ticketFollowUpRules));
        t.put("retention.save-desk.saved-after-days", check("60", RULES::saveDeskRules));
        t.put("retention.outages.pre-notice-horizon", check("24h", RULES::outageRules));
        t.put("retention.outages.incident-delay", check("1h", RULES::outageRules));
        t.put("retention.outages.apology-after", check("12h", RULES::outageRules));
        t.put("retention.outages.ended-lookback", check("3d", RULES::outageLookback));
        // the contact policy
        for (String key : List.of("working-day.start", "working-day.end", "non-working-day.start", "non-working-day.end")) {
            t.put("retention.contact." + key, check(key.endsWith("start") ? "10:00" : "19:00",
                    bound("retention.contact", ContactProperties.class, ContactProperties::callWindow)));
        }
        for (String key : List.of("calls.per-day", "calls.per-week", "calls.per-month", "sms.per-day", "sms.per-week",
                "sms.per-month")) {
            t.put("retention.contact." + key, check("30", bound("retention.contact", ContactProperties.class, ContactProperties::caps)));
        }
        t.put("retention.contact.carry-over-max-days", check("3", bound("retention.contact", ContactProperties.class, ContactProperties::carryOverMaxDays)));
        t.put("retention.contact.complaint-cooldown-days", check("10", bound("retention.contact", ContactProperties.class, ContactProperties::complaintCooldownDays)));
        t.put("retention.contact.policy-chunk", check("500", placeholder("${retention.contact.policy-chunk:2500}")));
        t.put("retention.control-group.share", check("0.2", bound("retention.control-group", ControlGroupProperties.class, ControlGroupProperties::config)));
        t.put("retention.calendar.holidays", check("2026-11-20", bound("retention.calendar", CalendarProperties.class,
                c -> c.calendar().isNonWorkingDay(D))));
        t.put("retention.calendar.working-days", check("2026-11-21", bound("retention.calendar", CalendarProperties.class,
                c -> c.calendar().isNonWorkingDay(D.plusDays(1)))));
        // teams: where the router sends a call, and how many calls a list takes
        t.put("retention.teams.retention-b2c", renamed(tp -> router(tp).teamFor(Segment.B2C, null, Campaign.RETENTION, "SAVING")));
        t.put("retention.teams.retention-b2b", renamed(tp -> router(tp).teamFor(Segment.B2B, null, Campaign.DUNNING, "REMINDER_CALL")));
        t.put("retention.teams.billing-b2c", renamed(tp -> router(tp).teamFor(Segment.B2C, null, Campaign.DUNNING, "REMINDER_CALL")));
        for (String team : List.of("RETENTION_B2C", "RETENTION_B2B", "BILLING_B2C")) {
            for (String key : List.of("agents", "hours", "calls-per-hour")) {
                t.put("retention.teams.lists.[" + team + "]." + key, check("1", teams(tp -> tp.capacityOn(java.time.LocalDate.of(2026, 12, 2), com.retention.domain.contact.HolidayCalendar.weekendsOnly()).forTeam(team))));
            }
        }
        t.put("retention.teams.vip-list-capacity", check("10", teams(tp -> tp.capacityOn(java.time.LocalDate.of(2026, 12, 2), com.retention.domain.contact.HolidayCalendar.weekendsOnly()).forTeam("VIP-Petrova"))));
        t.put("retention.teams.vip-list-prefix", check("PM-",
                teams(tp -> router(tp).teamFor(Segment.VIP, "Petrova", Campaign.RETENTION, "SAVING"))));
        t.put("retention.teams.vip-without-manager", check("RETENTION_B2C",
                teams(tp -> router(tp).teamFor(Segment.VIP, null, Campaign.RETENTION, "SAVING"))));
        // delivery (application.yml: the SMSC and the relay's use; retention.yml: the window, retries, subjects)
        t.put("retention.delivery.sms.enabled", check("true", delivery(p -> p.sms().enabled())));
        t.put("retention.delivery.sms.host", check("smsc.example", delivery(p -> p.sms().host())));
        t.put("retention.delivery.sms.port", check("2776", delivery(p -> p.sms().port())));
        t.put("retention.delivery.sms.system-id", check("op1", delivery(p -> p.sms().systemId())));
        t.put("retention.delivery.sms.password", check("secret", delivery(p -> p.sms().password())));
        t.put("retention.delivery.sms.system-type", check("VMA", delivery(p -> p.sms().systemType())));
        t.put("retention.delivery.sms.source-address", check("OPERATOR", delivery(p -> p.sms().sourceAddress())));
        t.put("retention.delivery.sms.throttle", check("50", delivery(p -> p.sms().throttle())));
        t.put("retention.delivery.sms.batch", check("10", delivery(p -> p.sms().batch())));
        t.put("retention.delivery.sms.response-timeout", check("3s", delivery(p -> p.sms().responseTimeout())));
        t.put("retention.delivery.sms.receipt-wait", check("1s", delivery(p -> p.sms().receiptWait())));
        t.put("retention.delivery.sms.reconnect-delay", check("3s", delivery(p -> p.sms().reconnectDelay())));
        t.put("retention.delivery.sms.reconnects", check("2", delivery(p -> p.sms().reconnects())));
        t.put("retention.delivery.sms.window.start", check("10:00", delivery(p -> p.sms().window().rule())));
        t.put("retention.delivery.sms.window.end", check("20:00", delivery(p -> p.sms().window().rule())));
        t.put("retention.delivery.retry.max-attempts", check("2", delivery(p -> p.retry().rule())));
        t.put("retention.delivery.retry.backoff", check("1m", delivery(p -> p.retry().rule())));
        t.put("retention.delivery.mail.enabled", check("true", delivery(p -> p.mail().enabled())));
        t.put("retention.delivery.mail.from", check("care@operator.example", delivery(p -> p.mail().from())));
        t.put("retention.delivery.mail.batch", check("5", delivery(p -> p.mail().batch())));
        for (String language : List.of("ru", "en")) {
            for (String step : List.of("default", "PAYMENT_DUE", "REMINDER_SMS", "TICKET_RESOLVED")) {
                String asked = "default".equals(step) ? "INCIDENT" : step;
                t.put("retention.delivery.mail.subjects." + language + "." + step,
                        check("Other", delivery(p -> p.mail().subject(language, asked))));
            }
        }
        for (String team : List.of("RETENTION_B2C", "RETENTION_B2B", "BILLING_B2C")) {
            t.put("retention.dialer.vicidial.list-ids.[" + team + "]", check("4242",
                    bound("retention.dialer.vicidial", VicidialProperties.class, v -> v.listId(team))));
        }
        for (String status : List.of("NA", "B", "AA", "AM", "DNC", "CALLBK", "SALE", "NI", "DC", "ADC")) {
            t.put("retention.dialer.vicidial.statuses." + status, check("COMPLAINT",
                    bound("retention.dialer.vicidial", VicidialProperties.class, v -> v.statuses().get(status))));
        }
        t.put("retention.dialer.vicidial.default-list-id", check("4243",
                bound("retention.dialer.vicidial", VicidialProperties.class, v -> v.listId("VIP-Petrova"))));
        // schedules.yml
        Map<String, Function<ScheduleProperties, Object>> crons = Map.of("nightly-cron", ScheduleProperties::nightlyCron,
                "outages-cron", ScheduleProperties::outagesCron, "inbox-cron", ScheduleProperties::inboxCron,
                "qa-cron", ScheduleProperties::qaCron, "deliver-cron", ScheduleProperties::deliverCron,
                "save-desk-cron", ScheduleProperties::saveDeskCron);
        crons.forEach((key, cron) -> t.put("retention.schedule." + key, check("0 0 3 * * ?",
                bound("retention.schedule", ScheduleProperties.class, cron))));
        t.put("retention.schedule.inbox", check("./elsewhere", bound("retention.schedule", ScheduleProperties.class, ScheduleProperties::inbox)));
        t.put("retention.schedule.inbox-settle", check("1m", bound("retention.schedule", ScheduleProperties.class, ScheduleProperties::inboxSettle)));
        t.put("retention.schedule.catch-up-days", check("2", bound("retention.schedule", ScheduleProperties.class, ScheduleProperties::catchUpDays)));
        t.put("retention.schedule.catch-up-on-start", check("false", bound("retention.schedule", ScheduleProperties.class, ScheduleProperties::catchUpOnStart)));
        return t;
    }

    /** A team renamed (and staffed under its new name, as it must be): the router sends its calls there. */
    private static Check renamed(Function<TeamsProperties, Object> route) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("", "RENAMED");
        overrides.put("retention.teams.lists[RENAMED].agents", "1");
        overrides.put("retention.teams.lists[RENAMED].hours", "1");
        overrides.put("retention.teams.lists[RENAMED].calls-per-hour", "1");
        return new Check(overrides, teams(route));
    }

    @Test
    void theTableChecksExactlyTheKeysOfTheShippedFiles() throws IOException {
        assertThat(new TreeSet<>(table().keySet())).isEqualTo(new TreeSet<>(shippedKeys().keySet()));
    }

    @Test
    void overridingAnyKeyChangesWhatItsCommentSays() throws IOException {
        Map<String, String> unchanged = new TreeMap<>();
        table().forEach((key, check) -> {
            Object before = check.observed().apply(shipped());
            Object after = check.observed().apply(overridden(key, check.overrides()));
            if (Objects.equals(before, after)) {
                unchanged.put(key, String.valueOf(before));
            }
        });
        assertThat(unchanged).as("keys whose override changed nothing").isEmpty();
    }

    @Test
    void theDemoProfilePutsItsCentresOnShiftsAndSendsWhatMoscowCannotReachEast() throws IOException {
        StandardEnvironment env = shipped();
        Path demo = CONFIG.resolve("application-demo.yml");
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(demo.toString(), new FileSystemResource(demo))) {
            env.getPropertySources().addFirst(source);
        }
        assertThat(shippedKeysOf(demo)).allSatisfy(key -> assertThat(key).startsWith("retention.teams.lists."));
        TeamsProperties teams = Binder.get(env).bind("retention.teams", TeamsProperties.class).get();
        com.retention.domain.contact.HolidayCalendar calendar = com.retention.domain.contact.HolidayCalendar.weekendsOnly();
        LocalDate monday = LocalDate.of(2026, 11, 23);
        LocalDate saturday = LocalDate.of(2026, 11, 28);

        // Moscow: 20 agents x 8 productive hours x 12 on weekdays, none at the weekend
        assertThat(teams.capacityOn(monday, calendar).forTeam("RETENTION_B2C")).isEqualTo(20 * 8 * 12);
        assertThat(teams.capacityOn(saturday, calendar).forTeam("RETENTION_B2C")).isZero();
        // the eastern centre: one crew of 6 on every day, 11 productive hours
        assertThat(teams.capacityOn(monday, calendar).forTeam("RETENTION_EAST")).isEqualTo(6 * 11 * 12);
        assertThat(teams.capacityOn(saturday, calendar).forTeam("RETENTION_EAST")).isEqualTo(6 * 11 * 12);
        // a Kamchatka subscriber's working day (08:00-22:00 at UTC+12) ends as Moscow's shift begins
        var kamchatka = new com.retention.domain.shifts.Interval(
                java.time.Instant.parse("2026-11-22T20:00:00Z"), java.time.Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(teams.shiftRouting(calendar).place("RETENTION_B2C", kamchatka, monday))
                .map(com.retention.domain.shifts.ShiftRouting.Placed::team).contains("RETENTION_EAST");
        assertThat(Binder.get(shipped()).bind("retention.teams", TeamsProperties.class).get().shiftRouting(calendar).hasRosters())
                .as("the product's default has no rosters").isFalse();
    }

    private static java.util.Set<String> shippedKeysOf(Path file) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Object document : new Yaml().loadAll(in)) {
                flatten("", document, keys);
            }
        }
        return keys.keySet();
    }

    @Test
    void aRoutedToTeamMissingFromTheListsStopsTheStartInOneLine() {
        StandardEnvironment env = overridden("retention.teams.billing-b2c", Map.of("", "COLLECTORS"));

        assertThatThrownBy(() -> Binder.get(env).bind("retention.teams", TeamsProperties.class).get().routing())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention.teams.billing-b2c routes calls to COLLECTORS")
                .hasMessageContaining("retention.teams.lists does not staff")
                .message().doesNotContain("\n");
    }

    private static StandardEnvironment overridden(String key, Map<String, String> overrides) {
        StandardEnvironment env = shipped();
        Map<String, Object> values = new HashMap<>();
        overrides.forEach((k, v) -> values.put(k.isEmpty() ? key.replace(".[", "[") : k, v));
        env.getPropertySources().addFirst(new MapPropertySource("override", values));
        return env;
    }

    /** The shipped files as the application reads them (application.yml imports the others). */
    private static StandardEnvironment shipped() {
        StandardEnvironment env = new StandardEnvironment();
        try {
            for (Path file : files()) {
                for (PropertySource<?> source : new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file))) {
                    env.getPropertySources().addLast(source);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return env;
    }

    private static List<Path> files() throws IOException {
        try (DirectoryStream<Path> yml = Files.newDirectoryStream(CONFIG, "*.yml")) {
            List<Path> files = new java.util.ArrayList<>();
            yml.forEach(files::add);
            files.removeIf(f -> f.getFileName().toString().startsWith("application-")); // profiles: no retention keys
            files.sort(null);
            assertThat(files).isNotEmpty();
            return files;
        }
    }

    /** Leaf keys under retention.* of every document of every file (lists are one key). */
    private static Map<String, Object> shippedKeys() throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (DirectoryStream<Path> yml = Files.newDirectoryStream(CONFIG, "*.yml")) {
            for (Path file : yml) {
                if (file.getFileName().toString().startsWith("application-")) {
                    continue; // a profile's keys are the same keys, checked in their own tests below
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (Object document : new Yaml().loadAll(in)) {
                        flatten("", document, keys);
                    }
                }
            }
        }
        keys.keySet().removeIf(k -> !k.startsWith("retention."));
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, Object> into) {
        if (value instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
        } else if (!prefix.isEmpty()) {
            into.put(prefix, value);
        }
    }
}
