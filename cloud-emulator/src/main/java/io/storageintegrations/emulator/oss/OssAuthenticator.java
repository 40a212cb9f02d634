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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Authenticates OSS requests: the key (long-term or STS with its token), then the request time,
 * then the signature: V1 or V4 in the Authorization header, or V1 or V4 in a presigned URL.
 * Credentials are checked before the time so that an expired token reads as SecurityTokenExpired
 * even after the test clock jumped ahead.
 */
final class OssAuthenticator {

  /** The longest validity a V4 presigned URL may ask for (7 days). */
  private static final long MAX_PRESIGN_SECONDS = 604_800;

  /** Who signed, and the region named in a V4 scope (null for V1). */
  record Authenticated(Caller caller, String signedRegion) {}

  private final EmulatorState state;

  OssAuthenticator(EmulatorState state) {
    this.state = state;
  }

  Authenticated authenticate(Request request, String resourcePath) {
    String authorization = request.header("Authorization");
    Map<String, String> query = request.query();
    if (authorization == null || authorization.isBlank()) {
      if (query.containsKey("x-oss-signature")) {
        return presignedV4(request, resourcePath, query);
      }
      if (query.containsKey("OSSAccessKeyId") && query.containsKey("Signature")) {
        return presignedV1(request, resourcePath);
      }
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

  /**
   * V1 signs the {@code Date} header, or {@code x-oss-date} when the request carries one (ali-oss
   * sends only {@code x-oss-date}); OSS accepts either (EC 0002-00000503).
   */
  private Authenticated v1(Request request, String resourcePath, String credentials) {
    int colon = credentials.lastIndexOf(':');
    if (colon <= 0) {
      throw new OssException(OssError.INVALID_ARGUMENT, "Authorization header is invalid.");
    }
    String keyId = credentials.substring(0, colon).trim();
    Caller caller = caller(keyId, request.header("x-oss-security-token"));
    String ossDate = request.header("x-oss-date");
    String date = ossDate != null ? ossDate : request.header("Date");
    if (date == null) {
      throw new OssException(OssError.MISSING_DATE);
    }
    Instant sent = OssTimes.v1(date);
    if (sent == null) {
      throw new OssException(OssError.INVALID_DATE).with("Date", date);
    }
    checkTime(sent);
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
      throw new OssException(OssError.INVALID_EXPIRES, "Invalid Expires parameter.");
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
    String[] scope = scope(credential);
    if (scope == null || signature == null) {
      throw new OssException(OssError.INVALID_ARGUMENT, "Authorization header is invalid.")
          .with("ArgumentName", "Authorization");
    }
    Caller caller = caller(scope[0], request.header("x-oss-security-token"));
    String dateTime = request.header("x-oss-date");
    if (dateTime == null) {
      throw new OssException(OssError.MISSING_DATE);
    }
    Instant sent = OssTimes.v4(dateTime);
    if (sent == null) {
      throw new OssException(OssError.INVALID_DATE).with("Date", dateTime);
    }
    checkTime(sent);
    return verifyV4(request, resourcePath, scope, dateTime, additional, signature, false, caller);
  }

  /**
   * A V4 presigned URL: the x-oss-* query parameters carry credential, time, validity and
   * signature; it is valid from x-oss-date (15 minutes' skew allowed) for x-oss-expires seconds.
   */
  private Authenticated presignedV4(Request request, String path, Map<String, String> query) {
    if (!"OSS4-HMAC-SHA256".equals(query.get("x-oss-signature-version"))) {
      throw new OssException(OssError.INVALID_ARGUMENT, "Unsupported x-oss-signature-version.")
          .with("ArgumentName", "x-oss-signature-version");
    }
    String[] scope = scope(query.get("x-oss-credential"));
    if (scope == null) {
      throw new OssException(OssError.MISSING_CREDENTIAL);
    }
    Caller caller = caller(scope[0], query.get("x-oss-security-token"));
    String expires = query.get("x-oss-expires");
    if (expires == null || expires.isEmpty()) {
      throw new OssException(OssError.MISSING_EXPIRES);
    }
    long seconds;
    try {
      seconds = Long.parseLong(expires);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 1 || seconds > MAX_PRESIGN_SECONDS) {
      throw new OssException(OssError.INVALID_EXPIRES).with("Expires", expires);
    }
    String dateTime = query.get("x-oss-date");
    Instant signed = OssTimes.v4(dateTime);
    if (signed == null) {
      throw new OssException(OssError.INVALID_DATE).with("Date", String.valueOf(dateTime));
    }
    Instant now = state.clock().now();
    if (signed.isAfter(now.plus(state.settings().maxClockSkew()))) {
      throw new OssException(OssError.TIME_SKEWED)
          .with("RequestTime", signed.toString())
          .with("ServerTime", now.toString());
    }
    if (now.isAfter(signed.plusSeconds(seconds))) {
      throw new OssException(OssError.PRESIGN_EXPIRED)
          .with("Expires", signed.plusSeconds(seconds).toString())
          .with("ServerTime", now.toString());
    }
    String additional = query.getOrDefault("x-oss-additional-headers", "");
    String signature = query.get("x-oss-signature");
    return verifyV4(request, path, scope, dateTime, additional, signature, true, caller);
  }

  private Authenticated verifyV4(
      Request request,
      String resourcePath,
      String[] scope,
      String dateTime,
      String additional,
      String signature,
      boolean presigned,
      Caller caller) {
    if (!dateTime.startsWith(scope[1])) {
      throw new OssException(
          OssError.SIGNATURE_MISMATCH, "Invalid signing date in Authorization header.");
    }
    Set<String> additionalHeaders = new TreeSet<>();
    for (String name : additional.split(";")) {
      if (!name.isBlank()) {
        additionalHeaders.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    String canonical =
        SignatureV4.canonicalRequest(request, resourcePath, additionalHeaders, presigned);
    String scopeText = scope[1] + "/" + scope[2] + "/" + scope[3] + "/aliyun_v4_request";
    String toSign = SignatureV4.stringToSign(dateTime, scopeText, canonical);
    String expected = SignatureV4.sign(caller.secret(), scope[1], scope[2], scope[3], toSign);
    verify(expected, signature, toSign, scope[0]);
    return new Authenticated(caller, scope[2]);
  }

  /** {@code <key>/<yyyyMMdd>/<region>/oss/aliyun_v4_request} split, or null when malformed. */
  private static String[] scope(String credential) {
    String[] scope = credential == null ? new String[0] : credential.split("/");
    return scope.length == 5 && "aliyun_v4_request".equals(scope[4]) ? scope : null;
  }

  private Caller caller(String keyId, String token) {
    if (keyId.startsWith("STS.")) {
      StsSession session = state.session(keyId);
      if (session == null) {
        throw new OssException(OssError.INVALID_ACCESS_KEY_ID).with("OSSAccessKeyId", keyId);
      }
      if (token == null) {
        // Header signatures carry it as x-oss-security-token, URLs as security-token.
        throw new OssException(OssError.MISSING_SECURITY_TOKEN).with("OSSAccessKeyId", keyId);
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

  private static void verify(String expected, String provided, String toSign, String keyId) {
    if (provided == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), provided.getBytes(StandardCharsets.UTF_8))) {
      throw new OssException(OssError.SIGNATURE_MISMATCH)
          .with("StringToSign", toSign)
          .with("SignatureProvided", String.valueOf(provided))
          .with("OSSAccessKeyId", keyId);
    }
  }
}
