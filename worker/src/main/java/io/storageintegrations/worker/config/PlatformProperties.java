package io.storageintegrations.worker.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's own AccessKey that calls STS AssumeRole. The secret comes from the environment
 * ({@code WORKER_PLATFORM_ACCESS_KEY_SECRET}) or from a file (a mounted secret); it is never
 * logged: {@link #toString()} redacts it. {@code principal} is the platform identity customers'
 * trust policies name, e.g. {@code acs:ram::1234567890123456:root}.
 */
@Validated
@ConfigurationProperties("worker.platform")
public record PlatformProperties(
    @NotBlank String accessKeyId,
    String accessKeySecret,
    Path accessKeySecretFile,
    @NotBlank @Pattern(regexp = "acs:ram::\\d+:(root|user/.+|role/.+)") String principal) {

  /** Exactly one source of the secret must be configured. */
  @AssertTrue(
      message =
          "set exactly one of worker.platform.access-key-secret or"
              + " worker.platform.access-key-secret-file (an existing, readable file)")
  public boolean isSecretSourceValid() {
    boolean inline = accessKeySecret != null && !accessKeySecret.isBlank();
    boolean file = accessKeySecretFile != null && Files.isReadable(accessKeySecretFile);
    return inline ^ file;
  }

  /** Reads the secret; callers keep it in memory only as long as the SDK client needs it. */
  public String secret() {
    if (accessKeySecret != null && !accessKeySecret.isBlank()) {
      return accessKeySecret;
    }
    try {
      return Files.readString(accessKeySecretFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read worker.platform.access-key-secret-file " + accessKeySecretFile, e);
    }
  }

  @Override
  public String toString() {
    return "PlatformProperties[accessKeyId="
        + accessKeyId
        + ", accessKeySecret=<redacted>, accessKeySecretFile="
        + accessKeySecretFile
        + ", principal="
        + principal
        + "]";
  }
}
