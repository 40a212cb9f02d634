package io.storageintegrations.emulator.sts;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.server.Service;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.Ids;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The STS endpoint: authenticates RPC (signature v1, HMAC-SHA1) or V3 ({@code ACS3-HMAC-SHA256})
 * requests, then runs AssumeRole or GetCallerIdentity. Every answer, errors included, is STS's own
 * JSON (or XML with {@code Format=XML}).
 */
public final class StsService implements Service {

  private static final String VERSION = "2015-04-01";
  private static final int MAX_BODY = 64 * 1024;
  private final EmulatorState state;
  private final StsCredentials credentials;
  private final Acs3Authenticator acs3;
  private final AccountRateLimiter rateLimiter = new AccountRateLimiter();
  private final AssumeRole assumeRole;

  public StsService(EmulatorState state) {
    this.state = state;
    this.credentials = new StsCredentials(state);
    this.acs3 = new Acs3Authenticator(credentials);
    this.assumeRole = new AssumeRole(state);
  }

  /**
   * Whether a request is meant for STS: an RPC {@code Action} (query or form body), a V3 {@code
   * x-acs-action} header or signature, or an STS host name.
   */
  public static boolean addressedToSts(Request request) {
    String query = request.rawQuery();
    if (query != null && (query.startsWith("Action=") || query.contains("&Action="))) {
      return true;
    }
    if (request.header("x-acs-action") != null || Acs3Authenticator.isAcs3(request)) {
      return true;
    }
    String host = request.header("Host");
    if (host != null) {
      String name = host.toLowerCase(Locale.ROOT);
      if (name.startsWith("sts.") || name.startsWith("sts-vpc.")) {
        return true;
      }
    }
    String type = request.header("Content-Type");
    return "POST".equals(request.method())
        && "/".equals(request.rawPath())
        && type != null
        && type.startsWith("application/x-www-form-urlencoded");
  }

  @Override
  public String operation(Request request) {
    String action = request.header("x-acs-action");
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
      Caller caller;
      String action;
      if (Acs3Authenticator.isAcs3(request)) {
        byte[] body = request.body(MAX_BODY);
        caller = acs3.authenticate(request, request.query(), body == null ? new byte[0] : body);
        action = request.header("x-acs-action");
        checkActionAndVersion(action, request.header("x-acs-version"));
      } else {
        caller = authenticateRpc(request.method(), params);
        action = params.get("Action");
      }
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

  private Caller authenticateRpc(String method, Map<String, String> params) {
    require(params, "AccessKeyId");
    require(params, "Signature");
    require(params, "SignatureNonce");
    require(params, "Timestamp");
    require(params, "Action");
    checkActionAndVersion(params.get("Action"), params.get("Version"));
    String signatureMethod = params.getOrDefault("SignatureMethod", "HMAC-SHA1");
    if (!"HMAC-SHA1".equals(signatureMethod)) {
      throw new StsException(StsError.UNSUPPORTED_SIGNATURE_METHOD);
    }
    credentials.checkTimestamp(params.get("Timestamp"));
    Caller caller = credentials.caller(params.get("AccessKeyId"), params.get("SecurityToken"));
    String stringToSign = RpcSignature.stringToSign(method, params);
    StsCredentials.verify(
        RpcSignature.sign(stringToSign, caller.secret()), params.get("Signature"), stringToSign);
    credentials.checkNonce(params.get("SignatureNonce"));
    return caller;
  }

  private static void checkActionAndVersion(String action, String version) {
    if (!VERSION.equals(version)) {
      throw new StsException(StsError.INVALID_VERSION);
    }
    if (!"AssumeRole".equals(action) && !"GetCallerIdentity".equals(action)) {
      throw new StsException(StsError.INVALID_ACTION);
    }
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
      byte[] body = request.body(MAX_BODY);
      if (body != null && body.length > 0) {
        Map<String, String> all = new LinkedHashMap<>(request.query());
        all.putAll(Request.parseForm(new String(body, StandardCharsets.UTF_8)));
        return all;
      }
    }
    return request.query();
  }
}
