package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import java.nio.file.Path;

/** The tariffs, areas and subscribers other imports refer to, loaded through the real imports. */
final class ReferenceData {

    private ReferenceData() {
    }

    static void load(Path dir) {
        imported("tariffs", ImportFiles.csv(dir, "ref-tariffs.csv", """
                tariff_code,name,monthly_fee,status,included_data_gb
                T1,Start,300,ACTIVE,10
                T2,Old,500,LEGACY,unlimited
                """));
        imported("areas", ImportFiles.csv(dir, "ref-areas.csv", """
                area_code,name,parent_code,kind,timezone
                MSK,Moscow,,REGION,Europe/Moscow
                MSK-1,Arbat,MSK,DISTRICT,
                """));
        imported("subscribers", ImportFiles.csv(dir, "ref-subscribers.csv", """
                subscriber_id,account_id,full_name,phone,tariff_code,area_code,status,activated_on
                S1,A1,Ivan Petrov,+79161234567,T1,MSK-1,ACTIVE,2024-01-15
                S2,A2,Olga Ivanova,89161234568,T2,MSK,ACTIVE,2023-05-01
                """));
    }

    static Cli.Result imported(String kind, Path file) {
        Cli.Result result = Cli.run("import", kind, file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }
}
