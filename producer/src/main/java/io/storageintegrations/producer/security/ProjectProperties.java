package io.storageintegrations.producer.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The projects this platform serves, each with the region of its cluster. */
@Validated
@ConfigurationProperties("storage-integrations")
public record ProjectProperties(@NotNull @Valid Map<String, Project> projects) {

  public ProjectProperties {
    projects = projects == null ? Map.of() : Map.copyOf(projects);
  }

  /** One project; a bucket must be in {@code clusterRegion} to be used by its cluster. */
  public record Project(@NotBlank String clusterRegion) {}
}
