package io.storageintegrations.worker.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The one retrying layer: exponential back-off with jitter, for transient cloud errors only. */
@Validated
@ConfigurationProperties("worker.retry")
public record RetryProperties(
    @DefaultValue("4") @Min(1) @Max(10) int maxAttempts,
    @DefaultValue("100ms") @DurationMin(millis = 1) @DurationMax(seconds = 10)
        Duration initialBackoff,
    @DefaultValue("2.0") @DecimalMin("1.0") @DecimalMax("10.0") double multiplier,
    @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double randomization,
    @DefaultValue("2s") @DurationMin(millis = 1) @DurationMax(seconds = 30) Duration maxBackoff) {}
