package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.state.AccessKey;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.KeyStatus;
import io.storageintegrations.emulator.state.StsSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Authenticates OSS requests: the key (long-term or STS with its token), then the request time,
 * then the V1 or V4 signature. Credentials are checked before the time so that an expired token
 * reads as SecurityTokenExpired even after the test clock jumped ahead.
 */
final class OssAuthenticator {

  private static final DateTimeFormatter V4_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  /** Who signed, and the region named in a V4 scope (null for V1). */
  record Authenticated(Caller caller, String signedRegion) {}

  private final EmulatorState state;

  OssAuthenticator(EmulatorState state) {
    this.state = state;
  }

  Authenticated authenticate(Request request, String resourcePath) {
    String authorization = request.header("Authorization");
    if ((authorization == null || authorization.isBlank())
        && request.query().containsKey("OSSAccessKeyId")
        && request.query().containsKey("Signature")) {
      return presignedV1(request, resourcePath);
    }
    if (authorization == null || authorization.isBlank()) {
      throw new OssException(
          OssError.ACCESS_DENIED, "Anonymous access is forbidden for this operation.");
    }
    if (authorization.startsWith("OSS4-HMAC-SHA256 ")) {
      return v4(request, resourcePath, authorization.substring(17));
    }
    if (authorization.startsWith("OSS ")) {
      return v1(request, resourcePath, authorization.substring(4));
    }
    throw new OssException(OssError.INVALID_ARGUMENT, "Authorization header is invalid.")
        .with("ArgumentName", "Authorization");
  }

  private Authenticated v1(Request request, String resourcePath, String credentials) {
    int colon = credentials.lastIndexOf(':');
    if (colon <= 0) {
      throw new OssException(OssError.INVALID_ARGUMENT, "Authorization header is invalid.");
    }
    String keyId = credentials.substring(0, colon).trim();
    Caller caller = caller(request, keyId);
    String date = request.header("Date");
    checkTime(v1Time(date));
    String toSign = SignatureV1.stringToSign(request, resourcePath, date);
    String expected = SignatureV1.sign(caller.secret(), toSign);
    verify(expected, credentials.substring(colon + 1).trim(), toSign, keyId);
    return new Authenticated(caller, null);
  }

  /** A V1 presigned URL: Expires replaces Date, the token travels as security-token. */
  private Authenticated presignedV1(Request request, String resourcePath) {
    String keyId = request.query().get("OSSAccessKeyId");
    String expires = request.query().getOrDefault("Expires", "");
    Caller caller = caller(keyId, request.query().get("security-token"));
    long expiresAt;
    try {
      expiresAt = Long.parseLong(expires);
    } catch (NumberFormatException e) {
      throw new OssException(OssError.ACCESS_DENIED, "Invalid Expires parameter.");
    }
    Instant now = state.clock().now();
    if (now.getEpochSecond() > expiresAt) {
      throw new OssException(OssError.ACCESS_DENIED, "Request has expired.")
          .with("Expires", Instant.ofEpochSecond(expiresAt).toString())
          .with("ServerTime", now.toString());
    }
    String toSign = SignatureV1.stringToSign(request, resourcePath, expires);
    String expected = SignatureV1.sign(caller.secret(), toSign);
    verify(expected, request.query().get("Signature"), toSign, keyId);
    return new Authenticated(caller, null);
  }

  private Authenticated v4(Request request, String resourcePath, String fields) {
    String credential = null;
    String signature = null;
    String additional = "";
    for (String part : fields.split(",")) {
      String field = part.trim();
      if (field.startsWith("Credential=")) {
        credential = field.substring(11);
      } else if (field.startsWith("Signature=")) {
        signature = field.substring(10);
      } else if (field.startsWith("AdditionalHeaders=")) {
        additional = field.substring(18);
      }
    }
    String[] scope = credential == null ? new String[0] : credential.split("/");
    if (scope.length != 5 || signature == null || !"aliyun_v4_request".equals(scope[4])) {
      throw new OssException(OssError.INVALID_ARGUMENT, "Authorization header is invalid.")
          .with("ArgumentName", "Authorization");
    }
    Caller caller = caller(request, scope[0]);
    String dateTime = request.header("x-oss-date");
    checkTime(v4Time(dateTime));
    if (!dateTime.startsWith(scope[1])) {
      throw new OssException(
          OssError.SIGNATURE_MISMATCH, "Invalid signing date in Authorization header.");
    }
    Set<String> additionalHeaders = new TreeSet<>();
    for (String name : additional.split(";")) {
      if (!name.isBlank()) {
        additionalHeaders.add(name.trim().toLowerCase(java.util.Locale.ROOT));
      }
    }
    String canonical = SignatureV4.canonicalRequest(request, resourcePath, additionalHeaders);
    String scopeText = scope[1] + "/" + scope[2] + "/" + scope[3] + "/aliyun_v4_request";
    String toSign = SignatureV4.stringToSign(dateTime, scopeText, canonical);
    String expected = SignatureV4.sign(caller.secret(), scope[1], scope[2], scope[3], toSign);
    verify(expected, signature, toSign, scope[0]);
    return new Authenticated(caller, scope[2]);
  }

  private Caller caller(Request request, String keyId) {
    return caller(keyId, request.header("x-oss-security-token"));
  }

  private Caller caller(String keyId, String token) {
    if (keyId.startsWith("STS.")) {
      StsSession session = state.session(keyId);
      if (session == null || token == null) {
        throw new OssException(OssError.INVALID_ACCESS_KEY_ID).with("OSSAccessKeyId", keyId);
      }
      if (!token.equals(session.securityToken())) {
        throw new OssException(OssError.INVALID_SECURITY_TOKEN);
      }
      if (!state.clock().now().isBefore(session.expiration())) {
        throw new OssException(OssError.SECURITY_TOKEN_EXPIRED);
      }
      return state.callerFor(session);
    }
    AccessKey key = state.accessKey(keyId);
    if (key == null) {
      throw new OssException(OssError.INVALID_ACCESS_KEY_ID).with("OSSAccessKeyId", keyId);
    }
    if (key.status() != KeyStatus.Active) {
      throw new OssException(
              OssError.INVALID_ACCESS_KEY_ID, "The OSS Access Key Id you provided is disabled.")
          .with("OSSAccessKeyId", keyId);
    }
    return state.callerFor(key);
  }

  private void checkTime(Instant sent) {
    Instant now = state.clock().now();
    if (Math.abs(now.toEpochMilli() - sent.toEpochMilli())
        > state.settings().maxClockSkew().toMillis()) {
      throw new OssException(OssError.TIME_SKEWED)
          .with("RequestTime", sent.toString())
          .with("ServerTime", now.toString());
    }
  }

  private static Instant v1Time(String date) {
    try {
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new OssException(OssError.ACCESS_DENIED, "Invalid or missing Date header.");
    }
  }

  private static Instant v4Time(String dateTime) {
    if (isBasicUtc(dateTime)) {
      // Fast path for yyyyMMdd'T'HHmmss'Z' (every SDK request): the formatter costs microseconds.
      try {
        return LocalDateTime.of(
                digits(dateTime, 0, 4),
                digits(dateTime, 4, 6),
                digits(dateTime, 6, 8),
                digits(dateTime, 9, 11),
                digits(dateTime, 11, 13),
                digits(dateTime, 13, 15))
            .toInstant(ZoneOffset.UTC);
      } catch (java.time.DateTimeException e) {
        throw new OssException(OssError.ACCESS_DENIED, "Invalid or missing x-oss-date header.");
      }
    }
    try {
      return LocalDateTime.parse(dateTime, V4_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new OssException(OssError.ACCESS_DENIED, "Invalid or missing x-oss-date header.");
    }
  }

  private static boolean isBasicUtc(String dateTime) {
    if (dateTime == null || dateTime.length() != 16) {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      char c = dateTime.charAt(i);
      if (i == 8 ? c != 'T' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return dateTime.charAt(15) == 'Z';
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static void verify(String expected, String provided, String toSign, String keyId) {
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), provided.getBytes(StandardCharsets.UTF_8))) {
      throw new OssException(OssError.SIGNATURE_MISMATCH)
          .with("StringToSign", toSign)
          .with("SignatureProvided", provided)
          .with("OSSAccessKeyId", keyId);
    }
  }
}
