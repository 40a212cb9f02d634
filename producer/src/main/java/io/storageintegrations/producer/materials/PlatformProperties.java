package io.storageintegrations.producer.materials;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's identity customers trust. {@code sharedExternalId} is the older console behaviour
 * (one ExternalId for everyone): off unless set explicitly, for compatibility only.
 */
@Validated
@ConfigurationProperties("storage-integrations.platform")
public record PlatformProperties(
    @NotBlank String accountId, @NotBlank String principalArn, String sharedExternalId) {

  public boolean sharedExternalIdEnabled() {
    return sharedExternalId != null && !sharedExternalId.isBlank();
  }
}
