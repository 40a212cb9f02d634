package io.storageintegrations.worker.vending;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The internal vending endpoint: off unless enabled; its own port, on loopback unless told
 * otherwise (like the management port); callers present {@code token} (inline or from a mounted
 * file, at least 32 characters; never the console's API keys). Identical scopes are served from the
 * cache until {@code cacheMargin} before they expire; a customer-class refusal is remembered for
 * {@code failureCacheTtl}, so a broken role is not asked again by every job at once.
 */
@Validated
@ConfigurationProperties("worker.vending")
public record VendingProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("8082") @Min(0) @Max(65535) int port,
    @DefaultValue("127.0.0.1") @NotBlank String address,
    String token,
    Path tokenFile,
    @DefaultValue("5m") @DurationMin(seconds = 0) @DurationMax(minutes = 10) Duration cacheMargin,
    @DefaultValue("10s") @DurationMin(millis = 100) @DurationMax(seconds = 60) Duration deadline,
    @DefaultValue("30s") @DurationMin(seconds = 0) @DurationMax(minutes = 10)
        Duration failureCacheTtl,
    @DefaultValue("16") @Positive int threads) {

  static final int MIN_TOKEN_LENGTH = 32;

  @AssertTrue(
      message =
          "with worker.vending.enabled=true set exactly one of worker.vending.token or"
              + " worker.vending.token-file (a readable file), of at least 32 characters")
  public boolean isTokenSourceValid() {
    if (!enabled) {
      return true;
    }
    boolean inline = token != null && !token.isBlank();
    boolean file = tokenFile != null && Files.isReadable(tokenFile);
    return (inline ^ file) && secret().length() >= MIN_TOKEN_LENGTH;
  }

  /** The token callers must present; read from the file each time it is asked for. */
  String secret() {
    if (token != null && !token.isBlank()) {
      return token;
    }
    try {
      return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read worker.vending.token-file " + tokenFile, e);
    }
  }

  @Override
  public String toString() {
    return "VendingProperties[enabled="
        + enabled
        + ", port="
        + port
        + ", address="
        + address
        + ", token=<redacted>, tokenFile="
        + tokenFile
        + ", cacheMargin="
        + cacheMargin
        + ", deadline="
        + deadline
        + ", failureCacheTtl="
        + failureCacheTtl
        + ", threads="
        + threads
        + "]";
  }
}
