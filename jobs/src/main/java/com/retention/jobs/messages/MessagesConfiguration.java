package com.retention.jobs.messages;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link MessageRenderer} for the application: the jar's templates, or a user's edited copies
 * when {@code retention.templates.dir} names a folder.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

    @Bean
    MessageRenderer messageRenderer(@Value("${retention.templates.dir:}") String templatesDir) {
        return templatesDir.isBlank() ? MessageRenderer.packaged() : MessageRenderer.withOverrides(Path.of(templatesDir));
    }
}
