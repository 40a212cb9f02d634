package io.storageintegrations.producer.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Looks a presented key up among the configured ones, comparing digests in constant time. */
@Component
public class ApiKeys {

  private final List<ApiKeyProperties.ApiKey> keys;

  public ApiKeys(ApiKeyProperties properties) {
    this.keys = properties.apiKeys();
  }

  public Optional<Caller> authenticate(String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.empty();
    }
    byte[] presentedDigest = sha256(presented);
    Caller found = null;
    for (ApiKeyProperties.ApiKey key : keys) {
      // Every key is compared so timing does not reveal which one matched.
      if (MessageDigest.isEqual(presentedDigest, sha256(key.key()))) {
        found = new Caller(key.name(), key.projects(), key.operator());
      }
    }
    return Optional.ofNullable(found);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
