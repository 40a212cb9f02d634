package io.storageintegrations.emulator.sts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RPC signature v1 as aliyun-java-sdk-core computes it: HMAC-SHA1 with key {@code secret + "&"}
 * over {@code METHOD&%2F&enc(sorted enc(k)=enc(v) joined by &)}.
 */
final class RpcSignature {

  private RpcSignature() {}

  static String stringToSign(String method, Map<String, String> params) {
    TreeMap<String, String> sorted = new TreeMap<>(params);
    sorted.remove("Signature");
    StringBuilder canonical = new StringBuilder(256);
    for (Map.Entry<String, String> entry : sorted.entrySet()) {
      if (canonical.length() > 0) {
        canonical.append('&');
      }
      canonical.append(encode(entry.getKey())).append('=').append(encode(entry.getValue()));
    }
    return method + "&" + encode("/") + "&" + encode(canonical.toString());
  }

  private static final ThreadLocal<Mac> HMAC_SHA1 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Mac.getInstance("HmacSHA1");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException(e);
            }
          });

  static String sign(String stringToSign, String secret) {
    // Per-thread Mac: the provider lookup in Mac.getInstance costs more than the HMAC itself.
    Mac mac = HMAC_SHA1.get();
    try {
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * RFC 3986 percent-encoding (unreserved characters kept), what {@code URLEncoder} plus the usual
   * {@code +}, {@code *} and {@code ~} fix-ups yield, in one pass over the UTF-8 bytes.
   */
  static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
