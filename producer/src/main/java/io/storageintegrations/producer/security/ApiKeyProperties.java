package io.storageintegrations.producer.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The configured API keys; each names the projects it may see, or is an operator key. A key of
 * {@code kind: job} belongs to a job (an export, a backup) rather than the console: it may only ask
 * for credentials of its projects' integrations, and only job keys may. A key is given either in
 * plain ({@code key}) or, so that the plaintext need not sit in configuration, as the lower-case
 * hex SHA-256 digest of its UTF-8 bytes ({@code key-sha256}). {@code calls-per-minute} overrides
 * {@code storage-integrations.limits.calls-per-minute} for this key.
 */
@Validated
@ConfigurationProperties("storage-integrations.security")
public record ApiKeyProperties(@NotNull @Valid List<ApiKey> apiKeys) {

  public ApiKeyProperties {
    apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
  }

  /** One key. {@code name} identifies the caller in logs; the key itself is never logged. */
  public record ApiKey(
      @NotBlank String name,
      String key,
      String keySha256,
      Set<String> projects,
      boolean operator,
      @Min(1) Integer callsPerMinute,
      Kind kind) {

    /** Console keys call the integration API; job keys only vend credentials. */
    public enum Kind {
      CONSOLE,
      JOB
    }

    public ApiKey {
      projects = projects == null ? Set.of() : Set.copyOf(projects);
      kind = kind == null ? Kind.CONSOLE : kind;
    }

    @AssertTrue(message = "a job key (kind: job) names its projects and is not an operator key")
    public boolean isJobKeyScoped() {
      return kind != Kind.JOB || (!operator && !projects.isEmpty());
    }

    @AssertTrue(message = "set exactly one of key or key-sha256 (64 hex digits)")
    public boolean isOneSecretForm() {
      boolean plain = key != null && !key.isBlank();
      boolean digest = keySha256 != null && !keySha256.isBlank();
      return plain ^ digest && (!digest || keySha256.strip().matches("[0-9a-fA-F]{64}"));
    }

    @Override
    public String toString() {
      return "ApiKey[name="
          + name
          + ", projects="
          + projects
          + ", operator="
          + operator
          + ", kind="
          + kind
          + "]";
    }
  }
}
