package com.retention.jobs.cli;

import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.Role;
import com.retention.jobs.users.UserService;
import com.retention.jobs.users.UserSummary;
import com.retention.jobs.launch.OperatorProperties;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"The logins of the HTTP API of 'retention serve' (HTTP Basic), kept in the database.",
                "Passwords are read from the terminal (asked twice) or as the first line of standard input,"
                        + " never from an argument."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
                UsersCommand.Password.class})
public class UsersCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    UserService users() {
        return root.spring().bean(UserService.class);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a login. SUPERVISOR and AGENT need --team (teams of retention.teams.lists),"
                    + " a MANAGER --manager (their list VIP-<manager>); other roles take neither."})
    static class Add implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LOGIN", description = "Lowercase letters, digits, '.', '_', '-'; 2 to 40 characters.")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "One of ${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--team", paramLabel = "TEAM", description = "A team whose call lists the user sees (repeatable).")
        List<String> teams = new ArrayList<>();

        @Option(names = "--manager", paramLabel = "NAME", description = "The personal manager (role MANAGER).")
        String manager;

        @Override
        public Integer call() {
            UserService service = users.users();
            service.checkNew(login, role, teams, manager); // before asking a password that would be wasted
            char[] password = PasswordInput.read(login);
            try {
                AppUser added = service.add(login, role, teams, manager, password);
                spec.commandLine().getOut().println("added " + added.login() + " (" + added.role() + scope(added) + ")");
            } finally {
                Arrays.fill(password, '\0');
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every login with its role, scope and state.")
    static class ListUsers implements Callable<Integer> {

        private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<UserSummary> all = users.users().list();
            if (all.isEmpty()) {
                out.println("no users yet: add one with 'retention users add LOGIN --role ADMIN'");
                return ExitCodes.OK;
            }
            OperatorProperties operator = users.root.spring().bean(OperatorProperties.class);
            out.println(String.format("%-20s %-10s %-40s %s", "login", "role", "teams / manager", "state"));
            for (UserSummary summary : all) {
                AppUser user = summary.user();
                String state = !user.enabled() ? "disabled"
                        : summary.locked() ? "locked until " + summary.lockedUntil().atZoneSameInstant(operator.timezone()).format(UNTIL)
                        : "enabled";
                if (summary.failedLogins() > 0) {
                    state += ", " + summary.failedLogins() + " wrong password(s) in a row";
                }
                out.println(String.format("%-20s %-10s %-40s %s", user.login(), user.role(), scopeColumn(user), state));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Refuse a login from its next request on (the row and its audit trail stay).")
    static class Disable implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            users.users().disable(login);
            spec.commandLine().getOut().println("disabled " + login);
            return ExitCodes.OK;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a new password for a login; this also lifts a lock.")
    static class Password implements Callable<Integer> {

        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            UserService service = users.users();
            service.checkExists(login);
            char[] password = PasswordInput.read(login);
            try {
                service.changePassword(login, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("password changed for " + login);
            return ExitCodes.OK;
        }
    }

    private static String scope(AppUser user) {
        String column = scopeColumn(user);
        return column.equals("-") ? "" : ", " + column;
    }

    private static String scopeColumn(AppUser user) {
        return switch (user.role()) {
            case SUPERVISOR, AGENT -> "teams " + String.join(",", user.teams().stream().sorted().toList());
            case MANAGER -> "manager " + user.manager() + " (" + String.join(",", user.teams()) + ")";
            default -> "-";
        };
    }
}
