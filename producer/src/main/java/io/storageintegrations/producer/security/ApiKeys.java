package io.storageintegrations.producer.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Looks a presented key up among the configured ones by its SHA-256 digest, comparing in constant
 * time; only digests are kept in memory.
 */
@Component
class ApiKeys {

  /** Longer than any key anyone would configure; a longer header is not worth hashing. */
  static final int MAX_PRESENTED_LENGTH = 512;

  private record Entry(
      String name, byte[] digest, Set<String> projects, boolean operator, boolean job) {}

  private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

  private final List<Entry> entries;

  ApiKeys(ApiKeyProperties properties, Environment environment) {
    if (environment.matchesProfiles("local")) {
      ApiKeyPolicy.violations(properties)
          .forEach(v -> log.warn("profile 'local' accepts an API key it would refuse: {}", v));
    } else {
      ApiKeyPolicy.enforce(properties);
    }
    this.entries =
        properties.apiKeys().stream()
            .map(
                k ->
                    new Entry(
                        k.name(),
                        digestOf(k),
                        k.projects(),
                        k.operator(),
                        k.kind() == ApiKeyProperties.ApiKey.Kind.JOB))
            .toList();
  }

  Optional<Caller> authenticate(String presented) {
    if (presented == null || presented.isBlank() || presented.length() > MAX_PRESENTED_LENGTH) {
      return Optional.empty();
    }
    byte[] presentedDigest = sha256(presented);
    Caller found = null;
    for (Entry entry : entries) {
      // Every key is compared so timing does not reveal which one matched.
      if (MessageDigest.isEqual(presentedDigest, entry.digest())) {
        found = new Caller(entry.name(), entry.projects(), entry.operator(), entry.job());
      }
    }
    return Optional.ofNullable(found);
  }

  private static byte[] digestOf(ApiKeyProperties.ApiKey key) {
    if (key.keySha256() != null && !key.keySha256().isBlank()) {
      return HexFormat.of().parseHex(key.keySha256().strip().toLowerCase(Locale.ROOT));
    }
    return sha256(key.key());
  }

  static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
