package io.storageintegrations.emulator.sts;

import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.state.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Authenticates a V3-signed call: {@code Authorization: ACS3-HMAC-SHA256
 * Credential=<key>,SignedHeaders=a;b,Signature=<hex>} with {@code x-acs-action}, {@code
 * x-acs-version}, {@code x-acs-date}, {@code x-acs-signature-nonce}, {@code x-acs-content-sha256}
 * (and {@code x-acs-security-token}) headers, every one of them signed.
 */
final class Acs3Authenticator {

  private final StsCredentials credentials;

  Acs3Authenticator(StsCredentials credentials) {
    this.credentials = credentials;
  }

  static boolean isAcs3(Request request) {
    String authorization = request.header("Authorization");
    return authorization != null && authorization.startsWith("ACS3-");
  }

  Caller authenticate(Request request, Map<String, String> query, byte[] body) {
    String authorization = request.header("Authorization");
    int space = authorization.indexOf(' ');
    String algorithm = space < 0 ? authorization : authorization.substring(0, space);
    if (!Acs3Signature.ALGORITHM.equals(algorithm)) {
      throw new StsException(StsError.UNSUPPORTED_SIGNATURE_METHOD);
    }
    String keyId = null;
    String signedHeaders = null;
    String signature = null;
    for (String part : authorization.substring(space + 1).split(",")) {
      String field = part.trim();
      if (field.startsWith("Credential=")) {
        keyId = field.substring(11);
      } else if (field.startsWith("SignedHeaders=")) {
        signedHeaders = field.substring(14);
      } else if (field.startsWith("Signature=")) {
        signature = field.substring(10);
      }
    }
    require(keyId, "AccessKeyId");
    require(signature, "Signature");
    require(signedHeaders, "SignedHeaders");
    require(request.header("x-acs-signature-nonce"), "SignatureNonce");
    require(request.header("x-acs-date"), "Timestamp");
    require(request.header("x-acs-action"), "Action");
    require(request.header("x-acs-version"), "Version");
    credentials.checkTimestamp(request.header("x-acs-date"));
    Caller caller = credentials.caller(keyId, request.header("x-acs-security-token"));
    List<String> names = signedHeaderNames(signedHeaders);
    String payloadHash = request.header("x-acs-content-sha256");
    String actualHash = Acs3Signature.sha256Hex(body);
    String canonical =
        Acs3Signature.canonicalRequest(
            request, query, names, payloadHash == null ? actualHash : payloadHash);
    String toSign = Acs3Signature.stringToSign(canonical);
    StsCredentials.verify(Acs3Signature.sign(caller.secret(), toSign), signature, toSign);
    if (!unsignedCommonHeaders(request, names).isEmpty() || !actualHash.equals(payloadHash)) {
      // A valid signature over a request whose common headers or body were not all covered.
      throw new StsException(
          StsError.SIGNATURE_MISMATCH,
          StsError.SIGNATURE_MISMATCH.message
              + toSign
              + " (unsigned or altered: "
              + String.join(";", unsignedCommonHeaders(request, names))
              + (actualHash.equals(payloadHash) ? "" : " body")
              + ")");
    }
    credentials.checkNonce(request.header("x-acs-signature-nonce"));
    return caller;
  }

  private static List<String> signedHeaderNames(String signedHeaders) {
    List<String> names = new ArrayList<>();
    for (String name : signedHeaders.split(";")) {
      if (!name.isBlank()) {
        names.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    names.sort(null);
    return names;
  }

  /** Host and every x-acs-* header must be signed (the V3 reference's rule). */
  private static List<String> unsignedCommonHeaders(Request request, List<String> signed) {
    List<String> missing = new ArrayList<>();
    for (String name : request.headers().keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if ((lower.equals("host") || lower.startsWith("x-acs-")) && !signed.contains(lower)) {
        missing.add(lower);
      }
    }
    return missing;
  }

  private static void require(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new StsException(StsError.MISSING_PARAMETER, name + " is mandatory for this action.");
    }
  }
}
