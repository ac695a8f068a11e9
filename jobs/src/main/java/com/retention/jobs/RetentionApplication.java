package com.retention.jobs;

import com.retention.jobs.cli.RetentionCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one executable: a command line in front of a Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RetentionApplication {

    public static void main(String[] args) {
        System.exit(RetentionCli.execute(args));
    }
}
