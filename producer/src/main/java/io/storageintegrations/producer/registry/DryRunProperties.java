package io.storageintegrations.producer.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a dry run's result stays readable ({@code dry-run-retention}: also how far back every
 * instance replays the requests and events topics on start) and how many results one instance keeps
 * at most ({@code dry-run-max-kept}; beyond it the oldest go first, counted).
 */
@Validated
@ConfigurationProperties("storage-integrations.registry")
public record DryRunProperties(
    @DefaultValue("PT1H") @NotNull @DurationMin(seconds = 1) Duration dryRunRetention,
    @DefaultValue("10000") @Min(1) int dryRunMaxKept) {}
