package io.storageintegrations.producer.vending;

import io.storageintegrations.model.message.AccessMode;
import java.time.Instant;

/**
 * The answer: STS credentials narrowed to {@code prefix} and {@code access} in {@code bucket},
 * where to use them ({@code endpoint}, {@code region}) and until when. Credentials are for the
 * caller only: never logged, never on a topic; {@link #toString()} hides them.
 */
public record VendedCredentials(
    String integrationId,
    String accessKeyId,
    String accessKeySecret,
    String securityToken,
    Instant expiration,
    String bucket,
    String region,
    String endpoint,
    String prefix,
    AccessMode access,
    String requestId) {

  @Override
  public String toString() {
    return "VendedCredentials[" + integrationId + " " + access + " " + prefix + " <redacted>]";
  }
}
