package io.storageintegrations.producer.ledger;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a name claim may stay unconfirmed before a later create takes the name over (a create
 * that died between its claim and its request), and how long an Idempotency-Key is remembered.
 */
@Validated
@ConfigurationProperties("storage-integrations.ledger")
public record LedgerProperties(
    @DefaultValue("PT5M") @NotNull @DurationMin(seconds = 1) Duration nameClaimTimeout,
    @DefaultValue("P30D") @NotNull @DurationMin(hours = 1) Duration idempotencyKeyRetention) {}
