package com.retention.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the scheduler until stopped.")
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args;

    @Override
    public Integer call() {
        throw new UserInputException("serve is not built yet");
    }
}
