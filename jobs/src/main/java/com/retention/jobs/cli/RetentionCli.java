package com.retention.jobs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Entry point of the {@code retention} command. Arguments of the form {@code --spring.*} or
 * {@code --retention.*} are Spring configuration and pass through to the application.
 */
public final class RetentionCli {

    private RetentionCli() {
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        List<String> commandArgs = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            (isSpringArgument(arg) ? springArgs : commandArgs).add(arg);
        }
        if (List.of(args).contains("--verbose")) {
            springArgs.add("--retention.log.stack-traces=%ex"); // the console pattern's, see application.yml
        }
        try (ApplicationContextHolder spring = new ApplicationContextHolder(springArgs)) {
            RootCommand root = new RootCommand(spring);
            CommandLine cli = new CommandLine(root);
            cli.setOut(out);
            cli.setErr(err);
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            cli.setExecutionExceptionHandler(new OneLineErrorHandler(root));
            cli.setParameterExceptionHandler((ex, argv) -> {
                err.println("retention: " + ex.getMessage());
                err.println("Try 'retention " + commandPath(ex.getCommandLine()) + "--help'.");
                return ExitCodes.USAGE;
            });
            return cli.execute(commandArgs.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            // Closing the context can fail too (a database that went away), and an Error escapes
            // picocli's handler: still one line, unless asked for more.
            if (List.of(args).contains("--verbose")) {
                e.printStackTrace(err);
            }
            err.println("retention: " + OneLineErrorHandler.describe(e));
            return ExitCodes.FAILED;
        }
    }

    private static String commandPath(CommandLine commandLine) {
        String qualified = commandLine.getCommandSpec().qualifiedName(" ");
        String path = qualified.startsWith("retention") ? qualified.substring("retention".length()).trim() : qualified;
        return path.isEmpty() ? "" : path + " ";
    }

    private static boolean isSpringArgument(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--retention.") || arg.startsWith("--logging.")
                || arg.startsWith("--management.") || arg.startsWith("--server.");
    }
}
