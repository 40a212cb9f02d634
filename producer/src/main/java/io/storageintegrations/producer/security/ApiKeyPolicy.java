package io.storageintegrations.producer.security;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What keys the producer starts with. Outside the {@code local} profile at least one key must be
 * configured, none may be a value this project ships as a demo (in plain or as its digest), and a
 * plain key must be at least {@value #MIN_LENGTH} characters. A violation stops start-up naming the
 * property at fault.
 */
final class ApiKeyPolicy {

  static final int MIN_LENGTH = 32;
  static final String PREFIX = "storage-integrations.security.api-keys";

  /** The keys of the local profile and the older defaults: public, so never accepted elsewhere. */
  static final Set<String> DEMO_KEYS = Set.of("demo-key", "operator-key", "demo-job-key");

  private ApiKeyPolicy() {}

  /** The violations, each starting with the property it concerns; empty when the keys are fine. */
  static List<String> violations(ApiKeyProperties properties) {
    List<String> violations = new ArrayList<>();
    if (properties.apiKeys().isEmpty()) {
      violations.add(
          PREFIX
              + ": no API key configured; configure at least one (key or key-sha256), see"
              + " docs/api.md");
    }
    for (int i = 0; i < properties.apiKeys().size(); i++) {
      ApiKeyProperties.ApiKey key = properties.apiKeys().get(i);
      String at = PREFIX + "[" + i + "]";
      if (key.key() != null && !key.key().isBlank()) {
        if (DEMO_KEYS.contains(key.key())) {
          violations.add(at + ".key: is a published demo value; generate your own key");
        } else if (key.key().length() < MIN_LENGTH) {
          violations.add(
              at + ".key: is shorter than " + MIN_LENGTH + " characters; generate a longer key");
        }
      } else if (key.keySha256() != null && isDemoDigest(key.keySha256())) {
        violations.add(at + ".key-sha256: is the digest of a published demo value");
      }
    }
    return violations;
  }

  static void enforce(ApiKeyProperties properties) {
    List<String> violations = violations(properties);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "refusing to start with these API keys (only the 'local' profile accepts demo keys): "
              + String.join("; ", violations));
    }
  }

  private static boolean isDemoDigest(String digest) {
    String normalised = digest.strip().toLowerCase(Locale.ROOT);
    return DEMO_KEYS.stream()
        .anyMatch(demo -> HexFormat.of().formatHex(ApiKeys.sha256(demo)).equals(normalised));
  }
}
