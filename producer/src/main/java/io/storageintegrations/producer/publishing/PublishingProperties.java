package io.storageintegrations.producer.publishing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic layout the producer declares and how long it waits for the broker's acknowledgement. {@code
 * replicationFactor} unset means the broker's {@code default.replication.factor}, so a production
 * cluster's setting applies to every topic the producer creates (the ledger included) rather than a
 * single copy.
 */
@Validated
@ConfigurationProperties("storage-integrations.publishing")
public record PublishingProperties(
    @DefaultValue("6") @Min(1) int partitions,
    @Min(1) Short replicationFactor,
    @DefaultValue("PT10S") @NotNull Duration ackTimeout) {}
