package com.retention.jobs.cli;

import com.retention.jobs.errors.UserInputException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password never comes as an argument (it would stay in the shell history and in `ps`): from a
 * terminal it is asked twice without echo, otherwise it is the first line of standard input.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static char[] read(String login) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", login);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null) {
                throw new UserInputException("no password given");
            }
            if (!Arrays.equals(first, second)) {
                throw new UserInputException("the two passwords differ; nothing changed");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        try {
            // Not closed: closing would close System.in for whatever runs after this command.
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UserInputException("no password: give it as the first line of standard input"
                        + " (e.g. < FILE), or run in a terminal to be asked for it");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UserInputException("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }
}
