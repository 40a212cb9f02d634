package io.storageintegrations.emulator.oss;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Per-thread MACs and digests, so verifying a request allocates no provider objects. */
final class Hmac {

  private static final ThreadLocal<Mac> SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));
  private static final ThreadLocal<Mac> SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
  private static final ThreadLocal<MessageDigest> DIGEST256 =
      ThreadLocal.withInitial(() -> digest("SHA-256"));
  private static final ThreadLocal<MessageDigest> MD5 =
      ThreadLocal.withInitial(() -> digest("MD5"));

  private Hmac() {}

  static byte[] sha1(byte[] key, String data) {
    return run(SHA1.get(), key, "HmacSHA1", data);
  }

  static byte[] sha256(byte[] key, String data) {
    return run(SHA256.get(), key, "HmacSHA256", data);
  }

  static byte[] sha256Digest(String data) {
    return DIGEST256.get().digest(data.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] md5(byte[] data) {
    return MD5.get().digest(data);
  }

  private static byte[] run(Mac mac, byte[] key, String algorithm, String data) {
    try {
      mac.init(new SecretKeySpec(key, algorithm));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private static Mac mac(String algorithm) {
    try {
      return Mac.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
