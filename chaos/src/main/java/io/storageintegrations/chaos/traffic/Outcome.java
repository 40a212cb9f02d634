package io.storageintegrations.chaos.traffic;

/**
 * One outcome record on the events topic: which request it answers, its eventId and verdict, where
 * it sits (all copies of a request share its key, so one partition orders them) and when the
 * worker's producer created it.
 */
public record Outcome(
    String requestId,
    String eventId,
    Verdict verdict,
    int partition,
    long offset,
    long createdAtMillis,
    boolean mentionsThrottling) {}
