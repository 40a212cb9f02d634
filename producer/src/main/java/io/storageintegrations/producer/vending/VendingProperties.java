package io.storageintegrations.producer.vending;

import jakarta.validation.constraints.AssertTrue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
 * Where the workers' internal vending endpoint is ({@code worker-url}, e.g. {@code
 * http://127.0.0.1:8082} or a Kubernetes Service) and the internal token it wants (inline or from a
 * mounted file). Unset: the credentials endpoint answers 503 and nothing else changes.
 */
@Validated
@ConfigurationProperties("storage-integrations.vending")
public record VendingProperties(
    URI workerUrl,
    String token,
    Path tokenFile,
    @DefaultValue("15s") @DurationMin(millis = 100) @DurationMax(seconds = 60) Duration timeout) {

  boolean configured() {
    return workerUrl != null;
  }

  @AssertTrue(
      message =
          "with storage-integrations.vending.worker-url set exactly one of"
              + " storage-integrations.vending.token or token-file (a readable file)")
  public boolean isTokenSourceValid() {
    if (workerUrl == null) {
      return true;
    }
    boolean inline = token != null && !token.isBlank();
    boolean file = tokenFile != null && Files.isReadable(tokenFile);
    return inline ^ file;
  }

  String secret() {
    if (token != null && !token.isBlank()) {
      return token;
    }
    try {
      return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read storage-integrations.vending.token-file " + tokenFile, e);
    }
  }

  @Override
  public String toString() {
    return "VendingProperties[workerUrl="
        + workerUrl
        + ", token=<redacted>, tokenFile="
        + tokenFile
        + ", timeout="
        + timeout
        + "]";
  }
}
