package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** OSS signature V4 ({@code OSS4-HMAC-SHA256}) as the Java SDK's OSSV4Signer computes it. */
final class SignatureV4 {

  private static final Map<String, byte[]> SIGNING_KEYS = new ConcurrentHashMap<>();

  private SignatureV4() {}

  /**
   * The canonical request; a presigned URL's own signature parameter is left out of the query and
   * its payload is always unsigned.
   */
  static String canonicalRequest(
      Request request, String resourcePath, Set<String> additional, boolean presigned) {
    StringBuilder out = new StringBuilder(512);
    out.append(request.method()).append('\n');
    out.append(encode(resourcePath, true)).append('\n');
    TreeMap<String, String> query = new TreeMap<>();
    request
        .query()
        .forEach(
            (k, v) -> {
              if (!presigned || !k.equals("x-oss-signature")) {
                query.put(encode(k.trim(), false), encode(v.trim(), false));
              }
            });
    String separator = "";
    for (Map.Entry<String, String> param : query.entrySet()) {
      out.append(separator).append(param.getKey());
      if (!param.getValue().isEmpty()) {
        out.append('=').append(param.getValue());
      }
      separator = "&";
    }
    out.append('\n');
    TreeMap<String, String> headers = new TreeMap<>();
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.equals("content-type")
          || name.equals("content-md5")
          || name.startsWith("x-oss-")
          || additional.contains(name)) {
        headers.put(name, String.join(",", header.getValue()).trim());
      }
    }
    headers.forEach((k, v) -> out.append(k).append(':').append(v).append('\n'));
    out.append('\n');
    out.append(String.join(";", additional)).append('\n');
    String payload = presigned ? null : request.header("x-oss-content-sha256");
    out.append(payload == null || payload.isEmpty() ? "UNSIGNED-PAYLOAD" : payload);
    return out.toString();
  }

  static String stringToSign(String dateTime, String scope, String canonicalRequest) {
    return "OSS4-HMAC-SHA256\n"
        + dateTime
        + "\n"
        + scope
        + "\n"
        + Hmac.hex(Hmac.sha256Digest(canonicalRequest));
  }

  static String sign(String secret, String date, String region, String product, String toSign) {
    String cacheKey = secret + '\n' + date + '\n' + region + '\n' + product;
    byte[] key = SIGNING_KEYS.get(cacheKey);
    if (key == null) {
      byte[] k = ("aliyun_v4" + secret).getBytes(StandardCharsets.UTF_8);
      k = Hmac.sha256(k, date);
      k = Hmac.sha256(k, region);
      k = Hmac.sha256(k, product);
      key = Hmac.sha256(k, "aliyun_v4_request");
      if (SIGNING_KEYS.size() > 10_000) {
        SIGNING_KEYS.clear();
      }
      SIGNING_KEYS.put(cacheKey, key);
    }
    return Hmac.hex(Hmac.sha256(key, toSign));
  }

  static String encode(String value, boolean keepSlashes) {
    String encoded =
        URLEncoder.encode(value, StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace("*", "%2A")
            .replace("%7E", "~");
    return keepSlashes ? encoded.replace("%2F", "/") : encoded;
  }
}
