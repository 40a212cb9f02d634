package io.storageintegrations.producer.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** API limits: the longest {@code ?wait=} honoured and the largest page. */
@Validated
@ConfigurationProperties("storage-integrations.api")
public record ApiProperties(
    @DefaultValue("PT30S") @NotNull Duration maxWait,
    @DefaultValue("100") @Min(1) @Max(1000) int maxPageSize) {}
