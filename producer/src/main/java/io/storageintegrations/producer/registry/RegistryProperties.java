package io.storageintegrations.producer.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Registry settings: the consumer group that applies events, how many outcomes each record keeps,
 * and how often ACTIVE integrations are re-validated to find drift.
 */
@Validated
@ConfigurationProperties("storage-integrations.registry")
public record RegistryProperties(
    @DefaultValue("storage-integrations-registry") @NotBlank String groupId,
    @DefaultValue("20") @Min(1) int historySize,
    @DefaultValue("PT1H") @NotNull Duration revalidationInterval,
    @DefaultValue("PT1M") @NotNull Duration revalidationCheckEvery) {}
