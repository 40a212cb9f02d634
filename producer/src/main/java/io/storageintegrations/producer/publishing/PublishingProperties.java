package io.storageintegrations.producer.publishing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic layout the producer declares, how long it waits for the broker's acknowledgement, and its
 * transactions. {@code replicationFactor} unset means the broker's {@code
 * default.replication.factor}, so a production cluster's setting applies to every topic the
 * producer creates (the ledger included) rather than a single copy. The transactional-ID prefix is
 * what Kafka ACLs grant (a random instance suffix is appended); the transaction timeout bounds how
 * long a producer that died mid-transaction can hold up read-committed consumers of a partition.
 */
@Validated
@ConfigurationProperties("storage-integrations.publishing")
public record PublishingProperties(
    @DefaultValue("6") @Min(1) int partitions,
    @Min(1) Short replicationFactor,
    @DefaultValue("PT10S") @NotNull Duration ackTimeout,
    @DefaultValue("storage-integrations-producer-") @NotBlank String transactionalIdPrefix,
    @DefaultValue("PT15S") @NotNull Duration transactionTimeout) {}
