package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OSS signature V1: Base64(HMAC-SHA1(secret, VERB\nContent-MD5\nContent-Type\nDate\n +
 * x-oss-headers + /bucket/key[?signed sub-resources])).
 */
final class SignatureV1 {

  /** The sub-resources the SDK signs (its SIGNED_PARAMTERS list, the parts that matter here). */
  private static final Set<String> SIGNED =
      Set.of(
          "acl",
          "uploads",
          "location",
          "cors",
          "logging",
          "website",
          "referer",
          "lifecycle",
          "delete",
          "append",
          "tagging",
          "objectMeta",
          "uploadId",
          "partNumber",
          "security-token",
          "position",
          "response-cache-control",
          "response-content-disposition",
          "response-content-encoding",
          "response-content-language",
          "response-content-type",
          "response-expires",
          "x-oss-process",
          "bucketInfo",
          "continuation-token",
          "symlink",
          "restore",
          "versions",
          "versioning",
          "versionId",
          "policy",
          "encryption",
          "stat",
          "x-oss-traffic-limit",
          "worm",
          "resourceGroup",
          "regionList");

  private SignatureV1() {}

  static String stringToSign(Request request, String resourcePath, String date) {
    StringBuilder out = new StringBuilder(256);
    out.append(request.method()).append('\n');
    out.append(nullToEmpty(request.header("Content-MD5"))).append('\n');
    out.append(nullToEmpty(request.header("Content-Type"))).append('\n');
    out.append(nullToEmpty(date)).append('\n');
    TreeMap<String, String> ossHeaders = new TreeMap<>();
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
      if (name.startsWith("x-oss-")) {
        ossHeaders.put(name, String.join(",", header.getValue()).trim());
      }
    }
    ossHeaders.forEach((k, v) -> out.append(k).append(':').append(v).append('\n'));
    out.append(resourcePath);
    char separator = '?';
    for (Map.Entry<String, String> param : new TreeMap<>(request.query()).entrySet()) {
      if (SIGNED.contains(param.getKey())) {
        out.append(separator).append(param.getKey());
        if (!param.getValue().isEmpty()) {
          out.append('=').append(param.getValue());
        }
        separator = '&';
      }
    }
    return out.toString();
  }

  static String sign(String secret, String stringToSign) {
    return Base64.getEncoder()
        .encodeToString(Hmac.sha1(secret.getBytes(StandardCharsets.UTF_8), stringToSign));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
