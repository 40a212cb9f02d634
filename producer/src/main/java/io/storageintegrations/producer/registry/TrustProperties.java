package io.storageintegrations.producer.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whose verdicts the registry applies: the {@code ce_source} of the workers (their {@code
 * worker.validation.event-source}). Defence in depth behind the Kafka ACLs, which are the boundary
 * (docs/deployment.md).
 */
@Validated
@ConfigurationProperties("storage-integrations.registry")
public record TrustProperties(
    @DefaultValue("/storage-integrations/worker") @NotEmpty
        List<@NotBlank String> verdictSources) {}
