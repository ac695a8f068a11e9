package com.retention.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Generate a realistic operator and run the nightly flow on it.")
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args;

    @Override
    public Integer call() {
        throw new UserInputException("demo is not built yet");
    }
}
