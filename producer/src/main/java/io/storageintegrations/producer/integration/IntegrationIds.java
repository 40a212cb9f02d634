package io.storageintegrations.producer.integration;

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

  private static String random() {
    StringBuilder id = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
