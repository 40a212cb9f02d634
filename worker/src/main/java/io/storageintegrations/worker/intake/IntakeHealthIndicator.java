package io.storageintegrations.worker.intake;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while the consumer loop runs and polls; DOWN when it stopped or has not polled for a while.
 * Details carry counts only.
 */
final class IntakeHealthIndicator implements HealthIndicator {

  private static final long STALE_POLL_MS = 30_000;

  private final IntakeLoop loop;

  IntakeHealthIndicator(IntakeLoop loop) {
    this.loop = loop;
  }

  @Override
  public Health health() {
    IntakeState state = loop.state();
    Health.Builder builder =
        state.running() && state.millisSinceLastPoll() < STALE_POLL_MS
            ? Health.up()
            : Health.down();
    builder
        .withDetail("inFlight", loop.inFlight())
        .withDetail("paused", state.paused())
        .withDetail("assignedPartitions", state.assignedPartitions())
        .withDetail("millisSinceLastPoll", state.millisSinceLastPoll());
    if (state.failure() != null) {
      builder.withDetail("failure", state.failure());
    }
    return builder.build();
  }
}
