package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.config.IntakeProperties;
import java.time.Duration;

/**
 * How many requests one instance takes in at once, in all and from the background lane. With the
 * STS quota on, no more than the instance's current share of AssumeRole can start within {@link
 * #QUOTA_QUEUE} (two calls per validation), and never more than within half the deadline: taking
 * more would only queue them for the quota, turning a backlog that Kafka holds safely into
 * retryable errors, and making every newly assigned partition and every person wait behind the
 * queue. Two seconds of calls keep the quota busy (a validation takes well under a second of cloud
 * round trips). The background lane gets its share of both the slots and the quota, so people
 * always find room.
 *
 * @param total validations in flight from both lanes
 * @param background validations in flight from the background lane
 */
record InFlightLimit(int total, int background) {

  private static final int ASSUME_ROLE_PER_VALIDATION = 2;
  static final Duration QUOTA_QUEUE = Duration.ofSeconds(2);

  /**
   * @param stsRatePerSecond this instance's AssumeRole rate, or 0 when the quota is not limited
   */
  static InFlightLimit of(IntakeProperties intake, double stsRatePerSecond, Duration deadline) {
    int total = intake.maxInFlight();
    int background = atLeastOne(total * intake.backgroundShare());
    if (stsRatePerSecond > 0) {
      long queueMillis = Math.min(QUOTA_QUEUE.toMillis(), deadline.toMillis() / 2);
      double perValidation = queueMillis / 1000.0 / ASSUME_ROLE_PER_VALIDATION;
      total = Math.min(total, atLeastOne(stsRatePerSecond * perValidation));
      background =
          Math.min(
              background, atLeastOne(stsRatePerSecond * intake.backgroundShare() * perValidation));
    }
    return new InFlightLimit(total, Math.min(total, background));
  }

  private static int atLeastOne(double slots) {
    return (int) Math.max(1, Math.floor(slots));
  }
}
