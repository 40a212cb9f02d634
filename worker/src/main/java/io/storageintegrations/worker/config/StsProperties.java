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
 * second per platform account for the whole fleet; {@code fleetRatePerSecond} defaults to 95, so
 * that instances whose calls are evenly spaced but not aligned with each other still stay under the
 * service's one-second windows (each may add one call at a window's edge). Each instance takes the
 * share of the partitions it owns.
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
    @DefaultValue("95") @Positive double fleetRatePerSecond,
    @DefaultValue("900") @Min(900) @Max(43200) long durationSeconds,
    @DefaultValue("1024") @Positive int maxConnections) {}
