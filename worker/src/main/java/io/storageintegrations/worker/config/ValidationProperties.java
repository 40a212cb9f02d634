package io.storageintegrations.worker.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a validation does. {@code deadline} bounds a whole validation, retries and quota waits
 * included; {@code regions} is the allow-list endpoints are built from (empty = the shared model's
 * list). {@code externalIdRecheckPeriod}: a periodic re-validation (background lane) skips the
 * negative AssumeRole when it last passed less than this long ago; zero makes every validation run
 * it. Interactive validations always run it.
 */
@Validated
@ConfigurationProperties("worker.validation")
public record ValidationProperties(
    @DefaultValue("20s") @DurationMin(millis = 100) @DurationMax(minutes = 4) Duration deadline,
    @DefaultValue(".storage-integrations/probe/")
        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9._/-]+/", message = "must be a key prefix ending in '/'")
        String probePrefix,
    @DefaultValue("FAIL") @NotNull ExternalIdCheckMode externalIdCheck,
    @DefaultValue({}) List<@NotBlank String> regions,
    @DefaultValue("/storage-integrations/worker") @NotEmpty String eventSource,
    @DefaultValue("24h") @DurationMin(millis = 0) @DurationMax(days = 30)
        Duration externalIdRecheckPeriod) {

  /** The binding constructor; the other one exists for code that builds settings by hand. */
  @ConstructorBinding
  public ValidationProperties {}

  /** Settings with the default recheck period of the negative AssumeRole (24 hours). */
  public ValidationProperties(
      Duration deadline,
      String probePrefix,
      ExternalIdCheckMode externalIdCheck,
      List<String> regions,
      String eventSource) {
    this(deadline, probePrefix, externalIdCheck, regions, eventSource, Duration.ofHours(24));
  }

  /** What the negative AssumeRole (without ExternalId) does when STS allows it. */
  public enum ExternalIdCheckMode {
    FAIL,
    WARN,
    OFF
  }
}
