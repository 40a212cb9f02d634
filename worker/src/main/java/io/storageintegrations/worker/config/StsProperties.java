package io.storageintegrations.worker.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * STS client and the shared AssumeRole quota. The real service allows 100 AssumeRole calls per
 * second per platform account for the whole fleet; {@code fleetRatePerSecond} defaults to 98 to
 * stay clear of the service's one-second windows, and each of {@code instances} workers takes an
 * equal share.
 */
@Validated
@ConfigurationProperties("worker.sts")
public record StsProperties(
    @DefaultValue("sts.aliyuncs.com") @NotBlank String endpoint,
    @DefaultValue("HTTPS") @NotNull Scheme scheme,
    @DefaultValue("cn-hangzhou") @NotBlank String regionId,
    @DefaultValue("2s") @DurationMin(millis = 50) @DurationMax(seconds = 30)
        Duration connectTimeout,
    @DefaultValue("5s") @DurationMin(millis = 50) @DurationMax(seconds = 60) Duration readTimeout,
    @DefaultValue("true") boolean rateLimitEnabled,
    @DefaultValue("98") @Positive double fleetRatePerSecond,
    @DefaultValue("1") @Positive int instances,
    @DefaultValue("900") @Min(900) @Max(43200) long durationSeconds,
    @DefaultValue("1024") @Positive int maxConnections) {

  /** This instance's share of the fleet's AssumeRole quota, per second. */
  public double instanceRatePerSecond() {
    return fleetRatePerSecond / instances;
  }
}
