package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.ValidationRequested;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What an Idempotency-Key stands for: a digest of every field the caller chose, so a retry with the
 * same body matches and a reuse of the key with another body does not.
 */
final class RequestFingerprint {

  private RequestFingerprint() {}

  static String of(ValidationRequested request) {
    String canonical =
        String.join(
            "\u0000",
            Stream.of(
                    request.projectId(),
                    request.name(),
                    request.description(),
                    request.access(),
                    request.bucket(),
                    request.bucketRegion(),
                    request.roleArn(),
                    request.externalId())
                .map(field -> Objects.toString(field, "\u0001"))
                .toList());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
