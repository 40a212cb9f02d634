package io.storageintegrations.emulator.fault;

/** What the server does to one call: the action plus the latency to add before answering. */
public record FaultDecision(
    Action action,
    long latencyMillis,
    String errorCode,
    int errorStatus,
    String errorMessage,
    long hangMillis) {

  static final FaultDecision NONE = new FaultDecision(Action.NONE, 0, null, 0, null, 0);

  /** Possible actions. */
  public enum Action {
    NONE,
    ERROR,
    DROP,
    HANG
  }
}
