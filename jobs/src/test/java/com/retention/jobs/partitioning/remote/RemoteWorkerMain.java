package com.retention.jobs.partitioning.remote;

/**
 * A worker node in its own JVM, for the test that kills it with SIGKILL mid-range: args are its
 * node name and worker count; system properties carry the database.
 */
public final class RemoteWorkerMain {

    private RemoteWorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        RemoteNode node = RemoteNode.start(args[0], Integer.parseInt(args[1]), "6h");
        node.workers().ensureStarted();
        System.out.println("NODE READY");
        Thread.currentThread().join();
    }
}
