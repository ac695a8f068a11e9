package com.retention.jobs.scheduling;

import java.time.LocalDateTime;

/**
 * A serve node in its own JVM, for the test that kills it with SIGKILL: args are the Moscow time its
 * clock stands at; system properties carry the database; where it blocks is set in the database ({@link WriteBlock}).
 */
public final class NodeMain {

    private NodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Node.start(new MutableClock(LocalDateTime.parse(args[0]))).serve();
        System.out.println("NODE READY");
        Thread.currentThread().join();
    }
}
