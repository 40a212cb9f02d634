package io.storageintegrations.producer.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Integration and dry-run IDs: a prefix and 20 random lower-case letters and digits. */
final class IntegrationIds {

  private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private IntegrationIds() {}

  static String integration() {
    return "integ-" + random();
  }

  static String validation() {
    return "valid-" + random();
  }

  /** The same (project, key) always gives the same ID: a retried create finds its own. */
  static String forIdempotencyKey(String projectId, String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((projectId + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
      StringBuilder id = new StringBuilder("integ-");
      for (int i = 0; i < 20; i++) {
        id.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
      }
      return id.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String random() {
    StringBuilder id = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
