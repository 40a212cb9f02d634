package io.storageintegrations.producer.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The configured API keys; each names the projects it may see, or is an operator key. */
@Validated
@ConfigurationProperties("storage-integrations.security")
public record ApiKeyProperties(@NotNull @Valid List<ApiKey> apiKeys) {

  public ApiKeyProperties {
    apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
  }

  /** One key. {@code name} identifies the caller in logs; the key itself is never logged. */
  public record ApiKey(
      @NotBlank String name, @NotBlank String key, Set<String> projects, boolean operator) {

    public ApiKey {
      projects = projects == null ? Set.of() : Set.copyOf(projects);
    }
  }
}
