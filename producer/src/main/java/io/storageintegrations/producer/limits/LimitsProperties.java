package io.storageintegrations.producer.limits;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on what one caller can make the producer do. {@code callsPerMinute} applies per API key to
 * the calls that cost cloud calls or ledger writes (dry runs, creates, re-validations, materials);
 * a key may set its own ({@code api-keys[].calls-per-minute}). Status streams share {@code
 * streamSenderThreads} threads, at most {@code streamsPerKey} per key and {@code maxStreams} in
 * all, each closed after {@code streamTimeout} (the status page reconnects). A minted ExternalId
 * not used by a create within {@code unusedExternalIdTtl} expires.
 */
@Validated
@ConfigurationProperties("storage-integrations.limits")
public record LimitsProperties(
    @DefaultValue("120") @Min(1) int callsPerMinute,
    @DefaultValue("65536") @Min(1024) long maxBodyBytes,
    @DefaultValue("5") @Min(1) int streamsPerKey,
    @DefaultValue("200") @Min(1) int maxStreams,
    @DefaultValue("4") @Min(1) int streamSenderThreads,
    @DefaultValue("PT30M") @NotNull @DurationMin(seconds = 1) Duration streamTimeout,
    @DefaultValue("PT15S") @NotNull @DurationMin(millis = 100) Duration streamHeartbeat,
    @DefaultValue("P7D") @NotNull @DurationMin(minutes = 1) Duration unusedExternalIdTtl) {}
