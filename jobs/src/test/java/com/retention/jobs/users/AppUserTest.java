package com.retention.jobs.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserTest {

    @Test
    void anAdminSeesEveryTeamAndNeedsNoFixedSet() {
        AppUser admin = new AppUser("root", Role.ADMIN, Set.of(), null, true);
        assertThat(admin.seesAllTeams()).isTrue();
        assertThat(admin.maySeeTeam("RETENTION_B2C")).isTrue();
        assertThat(admin.maySeeTeam(null)).isTrue();
        assertThat(admin.visibleTeams()).isEmpty();
    }

    @Test
    void supervisorsAndAgentsSeeTheirTeamsOnly() {
        for (Role role : Set.of(Role.SUPERVISOR, Role.AGENT)) {
            AppUser user = new AppUser("u", role, Set.of("RETENTION_B2C"), null, true);
            assertThat(user.maySeeTeam("RETENTION_B2C")).isTrue();
            assertThat(user.maySeeTeam("BILLING_B2C")).isFalse();
            assertThat(user.maySeeTeam(null)).as("all teams").isFalse();
            assertThat(user.seesAllTeams()).isFalse();
            assertThat(user.visibleTeams()).containsExactly("RETENTION_B2C");
        }
    }

    @Test
    void aManagerBuiltWithoutTeamsSeesVipOfTheirName() {
        AppUser manager = new AppUser("p", Role.MANAGER, null, "Petrova", true);
        assertThat(manager.visibleTeams()).containsExactly("VIP-Petrova");
        assertThat(manager.maySeeTeam("VIP-Petrova")).isTrue();
        assertThat(manager.maySeeTeam("VIP-Petrov")).isFalse();
    }

    @Test
    void schedulersAndMarketingSeeNoCallList() {
        for (Role role : Set.of(Role.SCHEDULER, Role.MARKETING)) {
            AppUser user = new AppUser("u", role, Set.of("RETENTION_B2C"), null, true);
            assertThat(user.maySeeTeam("RETENTION_B2C")).isFalse();
            assertThat(user.visibleTeams()).isEmpty();
            assertThat(user.seesAllTeams()).isFalse();
        }
    }
}
