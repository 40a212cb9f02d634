package io.storageintegrations.chaos.bench;

/** How a benchmark's {@code main} ends: its failure printed, and the JVM stopped either way. */
final class BenchMain {

  interface Body {
    void run() throws Exception;
  }

  private BenchMain() {}

  /** Exits 0 after {@code body}, 1 after printing what it threw. */
  static void runAndExit(Body body) {
    // exit either way: the Kafka clients' threads would otherwise keep the JVM up
    try {
      body.run();
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }
}
