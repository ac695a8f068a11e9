package com.retention.jobs.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserServiceTest extends IntegrationTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aUserIsStoredWithABcryptHashNeverThePassword() {
        AppUser added = users.add("anna.k", Role.SUPERVISOR, List.of("RETENTION_B2C", "BILLING_B2C"), null, PASSWORD);

        assertThat(added).isEqualTo(new AppUser("anna.k", Role.SUPERVISOR, Set.of("RETENTION_B2C", "BILLING_B2C"), null, true));
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE login = 'anna.k'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse", hash)).isTrue();
        assertThat(jdbc.queryForObject("SELECT teams::text FROM app_user WHERE login = 'anna.k'", String.class))
                .isEqualTo("{RETENTION_B2C,BILLING_B2C}");
    }

    @Test
    void aManagerSeesTheirOwnVipListOnly() {
        AppUser manager = users.add("petrova", Role.MANAGER, List.of(), "Petrova", PASSWORD);

        assertThat(manager.teams()).containsExactly("VIP-Petrova");
        assertThat(manager.maySeeTeam("VIP-Petrova")).isTrue();
        assertThat(manager.maySeeTeam("VIP-Ivanov")).isFalse();
        assertThat(manager.maySeeTeam("RETENTION_B2C")).isFalse();
        assertThat(manager.seesAllTeams()).isFalse();
    }

    @Test
    void theLoginMustFollowThePattern() {
        for (String bad : List.of("A", "a", "Anna", "1anna", "anna k", "anna@x", "a".repeat(41))) {
            assertThatThrownBy(() -> users.add(bad, Role.ADMIN, List.of(), null, PASSWORD))
                    .as(bad).isInstanceOf(UserInputException.class).hasMessageStartingWith("login must be 2 to 40 characters");
        }
        assertThat(users.add("a" + "b".repeat(39), Role.ADMIN, List.of(), null, PASSWORD).login()).hasSize(40);
    }

    @Test
    void supervisorsAndAgentsNeedAKnownTeam() {
        assertThatThrownBy(() -> users.add("sv", Role.SUPERVISOR, List.of(), null, PASSWORD))
                .isInstanceOf(UserInputException.class)
                .hasMessage("a SUPERVISOR needs at least one --team, one of BILLING_B2C, RETENTION_B2B, RETENTION_B2C");
        assertThatThrownBy(() -> users.add("ag", Role.AGENT, List.of("RETENTION_B2C", "COLLECTORS"), null, PASSWORD))
                .isInstanceOf(UserInputException.class)
                .hasMessage("unknown team COLLECTORS: the teams of retention.teams.lists are BILLING_B2C, RETENTION_B2B, RETENTION_B2C");
        assertThatThrownBy(() -> users.add("ag", Role.AGENT, List.of("RETENTION_B2C"), "Petrova", PASSWORD))
                .isInstanceOf(UserInputException.class).hasMessageContaining("takes no --manager");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isZero();
    }

    @Test
    void aManagerNeedsAManagerAndNoTeam() {
        assertThatThrownBy(() -> users.add("mgr", Role.MANAGER, List.of(), null, PASSWORD))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("a MANAGER needs --manager NAME");
        assertThatThrownBy(() -> users.add("mm", Role.MANAGER, List.of("RETENTION_B2C"), "Petrova", PASSWORD))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("a MANAGER takes no --team");
    }

    @Test
    void otherRolesTakeNoScope() {
        for (Role role : List.of(Role.ADMIN, Role.SCHEDULER, Role.MARKETING)) {
            assertThatThrownBy(() -> users.add("x" + role.name().toLowerCase(), role, List.of("RETENTION_B2C"), null, PASSWORD))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("takes no --team or --manager");
            assertThatThrownBy(() -> users.add("x" + role.name().toLowerCase(), role, List.of(), "Petrova", PASSWORD))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("takes no --team or --manager");
        }
    }

    @Test
    void thePasswordHasAtLeastEightCharactersAndAtMost72Bytes() {
        assertThatThrownBy(() -> users.add("shorty", Role.ADMIN, List.of(), null, "1234567".toCharArray()))
                .isInstanceOf(UserInputException.class).hasMessage("the password must have at least 8 characters");
        assertThatThrownBy(() -> users.add("longy", Role.ADMIN, List.of(), null, "я".repeat(37).toCharArray()))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("the password must have at most 72 bytes");
        assertThat(users.add("exact", Role.ADMIN, List.of(), null, "12345678".toCharArray()).login()).isEqualTo("exact");
    }

    @Test
    void aDuplicateLoginIsRefusedAndTheFirstStaysAsItWas() {
        users.add("dup", Role.ADMIN, List.of(), null, PASSWORD);

        assertThatThrownBy(() -> users.add("dup", Role.MARKETING, List.of(), null, "another password".toCharArray()))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("login dup exists already");
        assertThat(jdbc.queryForObject("SELECT role FROM app_user WHERE login = 'dup'", String.class)).isEqualTo("ADMIN");
    }

    @Test
    void disableAndPasswordChangeNameAnUnknownLogin() {
        assertThatThrownBy(() -> users.disable("ghost")).isInstanceOf(UserInputException.class)
                .hasMessage("no login ghost (see 'retention users list')");
        assertThatThrownBy(() -> users.changePassword("ghost", PASSWORD)).isInstanceOf(UserInputException.class)
                .hasMessage("no login ghost (see 'retention users list')");
    }

    @Test
    void aNewPasswordReplacesTheOldAndLiftsALock() {
        users.add("locked", Role.ADMIN, List.of(), null, PASSWORD);
        jdbc.update("UPDATE app_user SET failed_logins = 3, locked_until = now() + interval '10 minutes' WHERE login = 'locked'");
        assertThat(users.list()).singleElement().satisfies(s -> assertThat(s.locked()).isTrue());

        users.changePassword("locked", "a new one!".toCharArray());

        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE login = 'locked'", String.class);
        assertThat(encoder.matches("a new one!", hash)).isTrue();
        assertThat(encoder.matches("correct horse", hash)).isFalse();
        UserSummary summary = users.list().get(0);
        assertThat(summary.locked()).isFalse();
        assertThat(summary.failedLogins()).isZero();
    }

    @Test
    void aDisabledUserIsListedAsDisabled() {
        users.add("gone", Role.MARKETING, List.of(), null, PASSWORD);
        users.add("here", Role.SCHEDULER, List.of(), null, PASSWORD);

        users.disable("gone");

        assertThat(users.list()).extracting(s -> s.user().login() + " " + s.user().enabled())
                .containsExactly("gone false", "here true");
    }
}
