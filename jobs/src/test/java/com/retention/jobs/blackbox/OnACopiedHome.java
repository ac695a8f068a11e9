package com.retention.jobs.blackbox;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A test that works on its own copy of the shared demo home (the operator of yesterday, its night
 * done), with its own folder for logs and outputs; whatever its processes leave running is killed and
 * the copy deleted afterwards.
 */
abstract class OnACopiedHome {

    protected Fixture fixture;
    protected Retention retention;
    protected Path dir;
    protected Path home;

    @BeforeEach
    void copyTheDemoHome(TestInfo test) {
        fixture = Fixture.get();
        dir = Retention.testDir(test);
        retention = Retention.in(dir.resolve("logs"));
        home = Homes.copy(fixture.base, dir.resolve("home"));
        retention.home(home);
    }

    @AfterEach
    void deleteTheCopy() {
        retention.close();
        Homes.delete(home);
    }
}
