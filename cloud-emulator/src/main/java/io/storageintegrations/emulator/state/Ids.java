package io.storageintegrations.emulator.state;

import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

/** Random identifiers shaped like the real ones (request IDs, STS keys, role IDs). */
public final class Ids {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final char[] ALNUM =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789".toCharArray();
  private static final char[] B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
  private static final SecureRandom SECURE = new SecureRandom();

  private Ids() {}

  /** 24 upper-case hex characters, like {@code x-oss-request-id}. */
  public static String ossRequestId() {
    return hex(24);
  }

  /** A UUID-shaped upper-case ID like STS RequestIds. */
  public static String stsRequestId() {
    String h = hex(32);
    return h.substring(0, 8)
        + '-'
        + h.substring(8, 12)
        + '-'
        + h.substring(12, 16)
        + '-'
        + h.substring(16, 20)
        + '-'
        + h.substring(20);
  }

  public static String hex(int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = HEX[random.nextInt(16)];
    }
    return new String(out);
  }

  public static String digits(int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] out = new char[length];
    out[0] = (char) ('1' + random.nextInt(9));
    for (int i = 1; i < length; i++) {
      out[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }

  /** Secret material (STS secrets and tokens) from a cryptographic source. */
  public static String secret(char[] alphabet, int length) {
    byte[] random = new byte[length];
    SECURE.nextBytes(random);
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet[(random[i] & 0xff) % alphabet.length];
    }
    return new String(out);
  }

  public static String alnumSecret(int length) {
    return secret(ALNUM, length);
  }

  public static String base64Secret(int length) {
    return secret(B64, length);
  }
}
