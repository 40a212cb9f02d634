package io.storageintegrations.producer.registry;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How far back every instance reads the audit topic on start to learn when integrations were last
 * vended ({@code last-vended-window}; also how long a vend counts as "in use"): the audit topic
 * keeps 90 days, far more than a start should read. At most the audit topic's retention.
 */
@Validated
@ConfigurationProperties("storage-integrations.registry")
public record LastVendedProperties(
    @DefaultValue("P7D") @NotNull @DurationMin(minutes = 1) @DurationMax(days = 90)
        Duration lastVendedWindow) {}
