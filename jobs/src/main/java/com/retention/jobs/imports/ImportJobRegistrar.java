package com.retention.jobs.imports;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.job.ImportStepFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * One job bean per import kind of the {@code kinds} package ({@code import-subscribers}, ...), so
 * that a new kind is its one class there and nothing else. Beans, not jobs built on the side: the job
 * registry (restarts) and the run listeners find jobs among the beans. The outcomes' definition
 * lives elsewhere and brings its own job.
 */
final class ImportJobRegistrar implements BeanDefinitionRegistryPostProcessor {

    static final String KINDS_PACKAGE = "com.retention.jobs.imports.kinds.";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        BeanFactory beans = (BeanFactory) registry;
        for (String kind : registry.getBeanDefinitionNames()) {
            String type = registry.getBeanDefinition(kind).getBeanClassName();
            if (type != null && type.startsWith(KINDS_PACKAGE)) {
                registry.registerBeanDefinition(kind + "Job", new RootBeanDefinition(Job.class,
                        () -> beans.getBean(ImportJobConfiguration.class)
                                .job(beans.getBean(kind, ImportDefinition.class), beans.getBean(ImportStepFactory.class))));
            }
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }
}
