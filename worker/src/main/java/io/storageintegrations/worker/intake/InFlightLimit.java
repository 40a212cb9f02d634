package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.config.IntakeProperties;
import io.storageintegrations.worker.config.StsProperties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many requests one instance takes in at once. With the STS quota on, no more than its share of
 * AssumeRole can start within half the validation deadline (two calls per validation): taking more
 * would only queue them for the quota until their deadlines pass, turning a backlog that Kafka
 * holds safely into a stream of retryable errors.
 */
final class InFlightLimit {

  private static final Logger log = LoggerFactory.getLogger(InFlightLimit.class);
  private static final int ASSUME_ROLE_PER_VALIDATION = 2;

  private InFlightLimit() {}

  static int of(IntakeProperties intake, StsProperties sts, Duration deadline) {
    if (!sts.rateLimitEnabled()) {
      return intake.maxInFlight();
    }
    double halfDeadlineSeconds = deadline.toMillis() / 2000.0;
    int servable =
        (int)
            Math.max(
                1,
                Math.floor(
                    sts.instanceRatePerSecond()
                        * halfDeadlineSeconds
                        / ASSUME_ROLE_PER_VALIDATION));
    if (servable < intake.maxInFlight()) {
      log.info(
          "worker.intake.max-in-flight {} lowered to {}: this instance's AssumeRole share"
              + " ({}/s of worker.sts.fleet-rate-per-second over worker.sts.instances) starts no"
              + " more validations within half of worker.validation.deadline ({})",
          intake.maxInFlight(),
          servable,
          sts.instanceRatePerSecond(),
          deadline);
      return servable;
    }
    return intake.maxInFlight();
  }
}
