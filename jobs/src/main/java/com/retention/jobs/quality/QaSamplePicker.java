package com.retention.jobs.quality;

import com.retention.domain.outcomes.OutcomeCode;
import com.retention.domain.quality.QaCall;
import com.retention.domain.quality.QaPick;
import com.retention.domain.quality.QaSampling;
import com.retention.jobs.launch.OperatorProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Component;

/**
 * Replaces the month's rows of qa_sample with the picks of {@link QaSampling}: the month's reached
 * calls stream by agent, and one agent's month of calls (a few thousand at most) is held at a time. Call it in a transaction,
 * which keeps the cursor open and makes the replacement all or nothing.
 */
@Component
class QaSamplePicker {

    private static final List<String> REACHED = Arrays.stream(OutcomeCode.values())
            .filter(OutcomeCode::reachedSubscriber).map(Enum::name).toList();

    private final QaMapper qa;
    private final QaSampling sampling;
    private final OperatorProperties operator;

    QaSamplePicker(QaMapper qa, QaProperties properties, OperatorProperties operator) {
        this.qa = qa;
        this.sampling = properties.sampling();
        this.operator = operator;
    }

    /** @return the calls picked */
    int pick(YearMonth month) {
        qa.deleteMonth(month.atDay(1));
        int picked = 0;
        try (Cursor<ReachedCallRow> calls = qa.reachedCalls(new QaMapper.ReachedCalls(month.atDay(1),
                month.plusMonths(1).atDay(1), operator.timezone().getId(), REACHED))) {
            List<QaCall> agentCalls = new ArrayList<>();
            for (ReachedCallRow row : calls) {
                if (!agentCalls.isEmpty() && !agentCalls.get(0).agent().equals(row.agent())) {
                    picked += store(month, agentCalls);
                    agentCalls.clear();
                }
                agentCalls.add(new QaCall(row.taskId(), row.agent(), OutcomeCode.valueOf(row.outcome()), row.csat()));
            }
            picked += store(month, agentCalls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return picked;
    }

    private int store(YearMonth month, List<QaCall> agentCalls) {
        if (agentCalls.isEmpty()) {
            return 0;
        }
        List<QaPick> picks = sampling.pick(month, agentCalls);
        List<SampledRow> rows = new ArrayList<>(picks.size());
        for (int i = 0; i < picks.size(); i++) {
            QaPick pick = picks.get(i);
            rows.add(new SampledRow(pick.call().taskId(), pick.call().agent(), i + 1, pick.reason().name()));
        }
        qa.insert(month.atDay(1), rows);
        return rows.size();
    }
}
