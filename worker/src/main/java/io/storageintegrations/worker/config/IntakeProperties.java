package io.storageintegrations.worker.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Kafka intake: how many requests are in flight at once ({@code maxInFlight}) and how much of
 * that, and of the STS quota, the background lane may use ({@code backgroundShare}); how long a
 * revoked partition ({@code revokeGrace}) and a shutdown ({@code drainTimeout}) wait for started
 * validations; when the broker counts as down; the largest request accepted.
 */
@Validated
@ConfigurationProperties("worker.intake")
public record IntakeProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("storage-integrations-worker") @NotBlank String groupId,
    @DefaultValue("256") @Min(1) @Max(10000) int maxInFlight,
    @DefaultValue("0") @Min(0) @Max(20000) int ioThreads,
    @DefaultValue("20s") @DurationMin(millis = 0) @DurationMax(minutes = 5) Duration drainTimeout,
    @DefaultValue("65536") @Min(1024) @Max(1048576) int maxRequestBytes,
    @DefaultValue("50ms") @DurationMin(millis = 1) @DurationMax(seconds = 5) Duration pollTimeout,
    @DefaultValue("0.5") @DecimalMin("0.01") @DecimalMax("1.0") double backgroundShare,
    @DefaultValue("5s") @DurationMin(millis = 0) @DurationMax(minutes = 2) Duration revokeGrace,
    @DefaultValue("30s") @DurationMin(seconds = 1) @DurationMax(minutes = 30)
        Duration brokerDownAfter) {

  /** Threads for blocking SDK calls: three concurrent probes per validation unless set. */
  public int effectiveIoThreads() {
    return ioThreads > 0 ? ioThreads : maxInFlight * 3;
  }
}
