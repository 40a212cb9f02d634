package io.storageintegrations.worker.vending;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The internal token, kept as a digest and compared in constant time. */
final class VendingToken {

  private static final String BEARER = "Bearer ";
  private final byte[] digest;

  VendingToken(String token) {
    this.digest = sha256(token);
  }

  /** Whether an {@code Authorization} header value carries the token. */
  boolean admits(String authorization) {
    if (authorization == null
        || !authorization.startsWith(BEARER)
        || authorization.length() > 512) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length())));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "VendingToken[<redacted>]";
  }
}
