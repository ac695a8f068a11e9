package com.retention.jobs.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.cli.ExitCodes;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The users commands as an administrator types them, the password on standard input. */
@ExtendWith(OutputCaptureExtension.class)
class UsersCommandTest extends IntegrationTest {

    @Autowired
    PasswordEncoder encoder;

    private static Cli.Result withStdin(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(before);
        }
    }

    private String hash(String login) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE login = ?", String.class, login);
    }

    @Test
    void addListDisableAndPasswordFromTheCommandLine(CapturedOutput output) {
        Cli.Result added = withStdin("s3cret-pass\n", "users", "add", "sveta", "--role", "supervisor",
                "--team", "RETENTION_B2C", "--team", "BILLING_B2C");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out().strip()).isEqualTo("added sveta (SUPERVISOR, teams BILLING_B2C,RETENTION_B2C)");
        assertThat(encoder.matches("s3cret-pass", hash("sveta"))).isTrue();

        assertThat(withStdin("petrova-pass\n", "users", "add", "petrova", "--role", "MANAGER", "--manager", "Petrova").exitCode()).isZero();
        jdbc.update("UPDATE app_user SET failed_logins = 2 WHERE login = 'petrova'");

        Cli.Result disabled = Cli.run("users", "disable", "sveta");
        assertThat(disabled.exitCode()).isZero();
        assertThat(disabled.out().strip()).isEqualTo("disabled sveta");

        Cli.Result list = Cli.run("users", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines().map(String::strip).map(l -> l.replaceAll(" +", " ")).toList()).containsExactly(
                "login role teams / manager state",
                "petrova MANAGER manager Petrova (VIP-Petrova) enabled, 2 wrong password(s) in a row",
                "sveta SUPERVISOR teams BILLING_B2C,RETENTION_B2C disabled");

        Cli.Result changed = withStdin("brand-new-pass\n", "users", "password", "petrova");
        assertThat(changed.exitCode()).isZero();
        assertThat(changed.out().strip()).isEqualTo("password changed for petrova");
        assertThat(encoder.matches("brand-new-pass", hash("petrova"))).isTrue();

        // the password is never echoed, and no stack trace reaches anyone
        assertThat(output.getAll()).doesNotContain("s3cret-pass", "brand-new-pass", "\tat ");
    }

    @Test
    void badInputIsOneLineAndExitTwoAndNothingIsStored() {
        Cli.Result unknownTeam = withStdin("long-enough\n", "users", "add", "ag", "--role", "AGENT", "--team", "NOPE");
        assertThat(unknownTeam.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownTeam.err().strip()).isEqualTo(
                "retention: unknown team NOPE: the teams of retention.teams.lists are BILLING_B2C, RETENTION_B2B, RETENTION_B2C");

        Cli.Result shortPassword = withStdin("short\n", "users", "add", "root", "--role", "ADMIN");
        assertThat(shortPassword.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(shortPassword.err().strip()).isEqualTo("retention: the password must have at least 8 characters");

        Cli.Result noPassword = withStdin("", "users", "add", "root", "--role", "ADMIN");
        assertThat(noPassword.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noPassword.err().strip()).startsWith("retention: no password: give it as the first line of standard input");

        Cli.Result unknownRole = Cli.run("users", "add", "root", "--role", "GOD");
        assertThat(unknownRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownRole.err()).startsWith("retention: Invalid value for option '--role'");

        Cli.Result passwordAsArgument = Cli.run("users", "add", "root", "--role", "ADMIN", "--password", "x");
        assertThat(passwordAsArgument.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(passwordAsArgument.err()).startsWith("retention: Unknown option").contains("--password");

        Cli.Result ghost = Cli.run("users", "disable", "ghost");
        assertThat(ghost.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ghost.err().strip()).isEqualTo("retention: no login ghost (see 'retention users list')");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isZero();
    }

    @Test
    void aDuplicateIsRefusedBeforeThePasswordIsRead() {
        assertThat(withStdin("first-password\n", "users", "add", "dup", "--role", "ADMIN").exitCode()).isZero();

        Cli.Result again = withStdin("", "users", "add", "dup", "--role", "MARKETING");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err().strip()).startsWith("retention: login dup exists already");
    }

    @Test
    void anEmptyListSaysHowToStart() {
        Cli.Result list = Cli.run("users", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().strip()).isEqualTo("no users yet: add one with 'retention users add LOGIN --role ADMIN'");
    }

    @Test
    void commandsOtherThanServeStartWithNoUserAndPrintNoGeneratedPassword(CapturedOutput output) {
        Cli.Result jobs = Cli.run("jobs");

        assertThat(jobs.exitCode()).as(jobs.err()).isZero();
        assertThat(output.getAll()).doesNotContainIgnoringCase("generated security password")
                .doesNotContain("SecurityFilterChain");
    }
}
