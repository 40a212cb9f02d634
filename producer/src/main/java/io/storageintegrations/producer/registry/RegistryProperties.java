package io.storageintegrations.producer.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Registry settings: the consumer group that applies events, how many outcomes each record keeps,
 * how many deleted IDs it remembers, and how often and how fast ACTIVE integrations are
 * re-validated to find drift.
 *
 * @param revalidationRatePerSecond periodic re-validations per second for the whole fleet (each
 *     instance takes its share of the events partitions it writes); when absent, {@code
 *     fleetAssumeRolePerSecond * revalidationStsShare / assumeRoleCallsPerRevalidation()}
 * @param fleetAssumeRolePerSecond the STS AssumeRole quota all workers share
 * @param revalidationStsShare the part of that quota periodic re-validation may use
 * @param externalIdRecheckPeriod the workers' {@code worker.validation.external-id-recheck-period}:
 *     how long a periodic re-validation may skip the negative AssumeRole after it last passed
 */
@Validated
@ConfigurationProperties("storage-integrations.registry")
public record RegistryProperties(
    @DefaultValue("storage-integrations-registry") @NotBlank String groupId,
    @DefaultValue("20") @Min(1) int historySize,
    @DefaultValue("PT1H") @NotNull Duration revalidationInterval,
    @DefaultValue("PT1M") @NotNull Duration revalidationCheckEvery,
    @Positive Double revalidationRatePerSecond,
    @DefaultValue("95") @Positive double fleetAssumeRolePerSecond,
    @DefaultValue("0.5") @DecimalMin("0.01") @DecimalMax("1.0") double revalidationStsShare,
    @DefaultValue("100000") @Min(1) int deletedIdsKept,
    @DefaultValue("PT24H") @NotNull Duration externalIdRecheckPeriod) {

  /** Periodic re-validations per second for the whole fleet. */
  public double fleetRevalidationsPerSecond() {
    return revalidationRatePerSecond != null
        ? revalidationRatePerSecond
        : fleetAssumeRolePerSecond * revalidationStsShare / assumeRoleCallsPerRevalidation();
  }

  /**
   * AssumeRole calls one periodic re-validation makes on average: one with the ExternalId, and the
   * negative one only on every n-th, n = ceil(recheck period / interval), since the worker skips it
   * while its last pass is less than the period old (docs/worker.md). 1 + 1/24 with the defaults; 2
   * when the period is zero or no longer than the interval.
   */
  public double assumeRoleCallsPerRevalidation() {
    long interval = revalidationInterval.toMillis();
    if (interval <= 0) {
      return 2;
    }
    long every = Math.max(1, (externalIdRecheckPeriod.toMillis() + interval - 1) / interval);
    return 1 + 1.0 / every;
  }
}
