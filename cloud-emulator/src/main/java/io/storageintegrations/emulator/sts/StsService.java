package io.storageintegrations.emulator.sts;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.server.Service;
import io.storageintegrations.emulator.state.AccessKey;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.Ids;
import io.storageintegrations.emulator.state.KeyStatus;
import io.storageintegrations.emulator.state.StsSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The STS endpoint: authenticates RPC requests, then runs AssumeRole or GetCallerIdentity. */
public final class StsService implements Service {

  private static final String VERSION = "2015-04-01";
  private final EmulatorState state;
  private final NonceRegistry nonces = new NonceRegistry();
  private final AccountRateLimiter rateLimiter = new AccountRateLimiter();
  private final AssumeRole assumeRole;

  public StsService(EmulatorState state) {
    this.state = state;
    this.assumeRole = new AssumeRole(state);
  }

  @Override
  public String operation(Request request) {
    String action = request.query().get("Action");
    if (action == null) {
      action = params(request).getOrDefault("Action", "Unknown");
    }
    return "sts:" + action;
  }

  @Override
  public Reply handle(Request request, String operation) {
    Map<String, String> params = params(request);
    StsReplies replies = new StsReplies("XML".equalsIgnoreCase(params.get("Format")));
    String requestId = Ids.stsRequestId();
    try {
      Caller caller = authenticate(request.method(), params);
      String action = params.get("Action");
      if ("AssumeRole".equals(action)) {
        if (!rateLimiter.tryAcquire(
            caller.accountUid(),
            state.settings().assumeRoleRatePerSecond(),
            System.currentTimeMillis())) {
          throw new StsException(StsError.THROTTLED);
        }
        return replies.assumed(requestId, assumeRole.run(caller, params));
      }
      return replies.callerIdentity(requestId, caller);
    } catch (StsException e) {
      return replies.error(requestId, e.error.code, e.error.status, e.getMessage());
    }
  }

  @Override
  public Reply error(Request request, String operation, String code, int status, String message) {
    boolean xml = "XML".equalsIgnoreCase(params(request).get("Format"));
    String text = message != null ? message : defaultMessage(code);
    return new StsReplies(xml).error(Ids.stsRequestId(), code, status, text);
  }

  private static String defaultMessage(String code) {
    for (StsError error : StsError.values()) {
      if (error.code.equals(code)) {
        return error.message;
      }
    }
    return code.startsWith("Throttling")
        ? StsError.THROTTLED.message
        : "The request has failed due to a temporary failure of the server.";
  }

  private Caller authenticate(String method, Map<String, String> params) {
    require(params, "AccessKeyId");
    require(params, "Signature");
    require(params, "SignatureNonce");
    require(params, "Timestamp");
    require(params, "Action");
    if (!VERSION.equals(params.get("Version"))) {
      throw new StsException(StsError.INVALID_VERSION);
    }
    String action = params.get("Action");
    if (!"AssumeRole".equals(action) && !"GetCallerIdentity".equals(action)) {
      throw new StsException(StsError.INVALID_ACTION);
    }
    String signatureMethod = params.getOrDefault("SignatureMethod", "HMAC-SHA1");
    if (!"HMAC-SHA1".equals(signatureMethod)) {
      throw new StsException(StsError.UNSUPPORTED_SIGNATURE_METHOD);
    }
    checkTimestamp(params.get("Timestamp"));
    Caller caller = caller(params);
    String stringToSign = RpcSignature.stringToSign(method, params);
    String expected = RpcSignature.sign(stringToSign, caller.secret());
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        params.get("Signature").getBytes(StandardCharsets.UTF_8))) {
      throw new StsException(
          StsError.SIGNATURE_MISMATCH, StsError.SIGNATURE_MISMATCH.message + stringToSign);
    }
    long skew = state.settings().maxClockSkew().toMillis();
    if (!nonces.firstUse(params.get("SignatureNonce"), state.clock().millis(), skew)) {
      throw new StsException(StsError.NONCE_USED);
    }
    return caller;
  }

  private void checkTimestamp(String timestamp) {
    Instant sent;
    try {
      sent = Instant.parse(timestamp);
    } catch (DateTimeParseException e) {
      throw new StsException(StsError.TIMESTAMP_FORMAT);
    }
    long skew = Math.abs(state.clock().millis() - sent.toEpochMilli());
    if (skew > state.settings().maxClockSkew().toMillis()) {
      throw new StsException(StsError.TIMESTAMP_EXPIRED);
    }
  }

  private Caller caller(Map<String, String> params) {
    String keyId = params.get("AccessKeyId");
    if (keyId.startsWith("STS.")) {
      StsSession session = state.session(keyId);
      if (session == null) {
        throw new StsException(StsError.ACCESS_KEY_NOT_FOUND);
      }
      String token = params.get("SecurityToken");
      if (token == null) {
        throw new StsException(StsError.MISSING_SECURITY_TOKEN);
      }
      if (!token.equals(session.securityToken())) {
        throw new StsException(StsError.INVALID_SECURITY_TOKEN);
      }
      if (!state.clock().now().isBefore(session.expiration())) {
        throw new StsException(StsError.SECURITY_TOKEN_EXPIRED);
      }
      return state.callerFor(session);
    }
    AccessKey key = state.accessKey(keyId);
    if (key == null) {
      throw new StsException(StsError.ACCESS_KEY_NOT_FOUND);
    }
    if (key.status() != KeyStatus.Active) {
      throw new StsException(StsError.ACCESS_KEY_INACTIVE);
    }
    return state.callerFor(key);
  }

  private static void require(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      throw new StsException(StsError.MISSING_PARAMETER, name + " is mandatory for this action.");
    }
  }

  /** Query parameters plus, for form posts, the body's parameters (both are signed). */
  private static Map<String, String> params(Request request) {
    String type = request.header("Content-Type");
    if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
      byte[] body = request.body(64 * 1024);
      if (body != null && body.length > 0) {
        Map<String, String> all = new LinkedHashMap<>(request.query());
        all.putAll(Request.parseForm(new String(body, StandardCharsets.UTF_8)));
        return all;
      }
    }
    return request.query();
  }
}
