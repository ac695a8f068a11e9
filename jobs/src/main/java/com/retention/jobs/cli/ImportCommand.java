package com.retention.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import one input file: retention import KIND FILE.")
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args;

    @Override
    public Integer call() {
        throw new UserInputException("import is not built yet");
    }
}
