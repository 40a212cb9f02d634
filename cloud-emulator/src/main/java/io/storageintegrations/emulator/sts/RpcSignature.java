package io.storageintegrations.emulator.sts;

import java.net.URLEncoder;
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

  static String sign(String stringToSign, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
