package io.storageintegrations.emulator.sts;

import io.storageintegrations.emulator.server.Request;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The V3 signature ({@code ACS3-HMAC-SHA256}) of the Darabonba SDKs: hex HMAC-SHA256 with the
 * secret over {@code ACS3-HMAC-SHA256\n} + hex SHA-256 of the canonical request {@code
 * METHOD\nURI\n sorted enc(k)=enc(v)\nsigned headers "name:value\n"\n\nname;name\nhex
 * SHA-256(body)}.
 */
final class Acs3Signature {

  static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private Acs3Signature() {}

  static String canonicalRequest(
      Request request, Map<String, String> query, List<String> signedHeaders, String payloadHash) {
    StringBuilder out = new StringBuilder(512);
    out.append(request.method()).append('\n');
    String path = request.rawPath();
    out.append(path == null || path.isEmpty() ? "/" : path).append('\n');
    StringBuilder canonicalQuery = new StringBuilder();
    for (Map.Entry<String, String> param : new TreeMap<>(query).entrySet()) {
      if (canonicalQuery.length() > 0) {
        canonicalQuery.append('&');
      }
      canonicalQuery
          .append(RpcSignature.encode(param.getKey()))
          .append('=')
          .append(RpcSignature.encode(param.getValue()));
    }
    out.append(canonicalQuery).append('\n');
    for (String name : signedHeaders) {
      List<String> values = new ArrayList<>();
      for (String value : request.headers().getOrDefault(headerName(request, name), List.of())) {
        values.add(value.trim());
      }
      values.sort(null);
      out.append(name).append(':').append(String.join(",", values)).append('\n');
    }
    out.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash);
    return out.toString();
  }

  static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  static String sign(String secret, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The received header's own spelling (the JDK server capitalises names). */
  private static String headerName(Request request, String lowerCase) {
    for (String name : request.headers().keySet()) {
      if (name.equalsIgnoreCase(lowerCase)) {
        return name;
      }
    }
    return lowerCase;
  }
}
