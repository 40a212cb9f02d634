package io.storageintegrations.worker.intake;

/** What the health indicator reports about the intake loop. */
public final class IntakeState {

  private volatile boolean running;
  private volatile boolean paused;
  private volatile long lastPollNanos = System.nanoTime();
  private volatile int assignedPartitions;
  private volatile String failure;

  void started() {
    running = true;
    failure = null;
    lastPollNanos = System.nanoTime();
  }

  void stopped() {
    running = false;
  }

  void failed(Throwable cause) {
    failure = cause.getClass().getSimpleName();
  }

  void paused(boolean paused) {
    this.paused = paused;
  }

  void polled(int assigned) {
    lastPollNanos = System.nanoTime();
    assignedPartitions = assigned;
  }

  public boolean running() {
    return running;
  }

  public boolean paused() {
    return paused;
  }

  public long millisSinceLastPoll() {
    return (System.nanoTime() - lastPollNanos) / 1_000_000;
  }

  public int assignedPartitions() {
    return assignedPartitions;
  }

  /** The exception type that stopped the loop, if any (never its message). */
  public String failure() {
    return failure;
  }
}
