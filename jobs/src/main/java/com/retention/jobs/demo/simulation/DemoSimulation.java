package com.retention.jobs.demo.simulation;

import com.retention.domain.outcomes.OutcomeCode;
import com.retention.jobs.demo.DemoNightly;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.orders.OrderFulfilment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@code demo --days N}: N consecutive business days on the demo operator. Each day the nightly
 * flow runs (the first day's already ran), every team works its call list and hands the filled-in
 * workbook back through {@code import outcomes}, then subscribers churn, pay and change tariff, and
 * the next night sees all of it. Deterministic for a seed.
 */
@Component
public class DemoSimulation {

    private final DemoNightly nightly;
    private final ImportService imports;
    private final SubscriberLife life;
    private final OrderFulfilment fulfilment;
    private final Path output;
    private final OperatorProperties operator;

    public DemoSimulation(DemoNightly nightly, ImportService imports, SubscriberLife life, OrderFulfilment fulfilment,
            OutputProperties output, OperatorProperties operator) {
        this.nightly = nightly;
        this.imports = imports;
        this.life = life;
        this.fulfilment = fulfilment;
        this.output = output.output();
        this.operator = operator;
    }

    /**
     * Simulates {@code days} days from {@code first}, whose nightly flow already ran; stops at a
     * failed night and returns that job's outcome in {@code failed}.
     */
    public List<SimulatedDay> run(LocalDate first, int days, long seed, Consumer<String> console,
            Consumer<JobOutcome> failed) {
        List<SimulatedDay> done = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            if (i > 0) {
                for (JobOutcome outcome : nightly.run(day)) {
                    console.accept(outcome.describe());
                    if (!outcome.succeeded()) {
                        failed.accept(outcome);
                        return done;
                    }
                }
            }
            SimulatedDay simulated = simulate(day, seed);
            console.accept(simulated.line());
            done.add(simulated);
        }
        // The quality group's sample of each month worked in (so far, for the last one).
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(first.plusDays(days - 1)));
                month = month.plusMonths(1)) {
            JobOutcome sample = nightly.qualitySample(month);
            console.accept(sample.describe());
            if (!sample.succeeded()) {
                failed.accept(sample);
                return done;
            }
        }
        return done;
    }

    private SimulatedDay simulate(LocalDate day, long seed) {
        WorkedListWriter team = new WorkedListWriter(seed, operator.timezone());
        Map<OutcomeCode, Integer> outcomes = new EnumMap<>(OutcomeCode.class);
        long tasks = 0;
        long rejected = 0;
        List<Path> lists = lists(day);
        for (Path list : lists) {
            String name = list.getFileName().toString();
            try {
                team.work(list, day, name.substring(0, name.length() - ".xlsx".length()))
                        .forEach((code, n) -> outcomes.merge(code, n, Integer::sum));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot work " + list + ": " + e.getMessage(), e);
            }
            ImportSummary summary = imports.importFile("outcomes", WorkedListWriter.workedPath(list), false);
            tasks += summary.read();
            rejected += summary.rejected();
        }
        SubscriberLife.DayEvents events = life.live(day, seed);
        fulfilment.markFulfilled(day.plusDays(1));
        return new SimulatedDay(day, lists.size(), tasks, outcomes, rejected, events);
    }

    /** The team workbooks the call-lists job wrote for the day, in name order. */
    private List<Path> lists(LocalDate day) {
        Path folder = output.resolve("call-lists").resolve(day.toString());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .filter(p -> !p.getFileName().toString().endsWith(".worked.xlsx"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
