package com.retention.jobs.cli;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.scheduling.ServeScheduler;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.quartz.SchedulerException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the scheduler until stopped (Ctrl-C or SIGTERM): the nightly flow, the intraday outage"
                + " step and the outcome inbox, on the schedules of config/schedules.yml.",
                "Several serve processes on one database share the work: each night runs once, and a node that"
                        + " dies is taken over by another.",
                "It also serves the HTTP API on retention.http.port (8080) for the logins of 'retention users'."})
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args;

    @Override
    public Integer call() throws InterruptedException {
        if (args != null && !args.isEmpty()) {
            throw new UserInputException("serve takes no arguments (got " + String.join(" ", args)
                    + "); settings go as --retention.schedule.*=...");
        }
        root.spring().serving();
        ConfigurableApplicationContext context = root.spring().context();
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        PrintWriter out = root.spec.commandLine().getOut();
        try {
            List<String> schedules = context.getBean(ServeScheduler.class).start();
            out.println("retention serve: scheduler started; Ctrl-C stops it. Schedules:");
            schedules.forEach(out::println);
            if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
                String address = context.getEnvironment().getProperty("retention.http.address", "127.0.0.1");
                out.println("HTTP API: http://" + address + ":" + web.getWebServer().getPort()
                        + "/api (logins: retention users add)");
            }
            out.flush();
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler did not start: " + e.getMessage(), e);
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
