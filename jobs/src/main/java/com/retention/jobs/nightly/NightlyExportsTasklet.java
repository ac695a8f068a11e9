package com.retention.jobs.nightly;

import com.retention.jobs.exports.OutputExporter;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.launch.JobParametersFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The marketing exports of the night, written once the decisions are in: scores and offers. */
@Component
class NightlyExportsTasklet implements Tasklet {

    static final List<String> EXPORTS = List.of("scores", "offers");

    private final Map<String, OutputExporter> exporters;
    private final OutputProperties output;

    NightlyExportsTasklet(List<OutputExporter> exporters, OutputProperties output) {
        this.exporters = exporters.stream().collect(Collectors.toMap(OutputExporter::what, Function.identity()));
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate date = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(JobParametersFactory.DATE);
        for (String what : EXPORTS) {
            OutputExporter exporter = exporters.get(what);
            if (exporter == null) {
                throw new IllegalStateException("no exporter for " + what);
            }
            exporter.export(date, output.output());
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }
}
