package io.storageintegrations.emulator.sts;

import io.storageintegrations.emulator.state.AccessKey;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.KeyStatus;
import io.storageintegrations.emulator.state.StsSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The checks both STS signatures share, in the service's order: the timestamp, the key (and an STS
 * key's token), then after the signature the nonce.
 */
final class StsCredentials {

  private final EmulatorState state;
  private final NonceRegistry nonces = new NonceRegistry();

  StsCredentials(EmulatorState state) {
    this.state = state;
  }

  void checkTimestamp(String timestamp) {
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

  Caller caller(String keyId, String token) {
    if (keyId.startsWith("STS.")) {
      StsSession session = state.session(keyId);
      if (session == null) {
        throw new StsException(StsError.ACCESS_KEY_NOT_FOUND);
      }
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

  /** Compares in constant time; a mismatch names the server's string-to-sign, as STS does. */
  static void verify(String expected, String provided, String stringToSign) {
    if (provided == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), provided.getBytes(StandardCharsets.UTF_8))) {
      throw new StsException(
          StsError.SIGNATURE_MISMATCH, StsError.SIGNATURE_MISMATCH.message + stringToSign);
    }
  }

  void checkNonce(String nonce) {
    long skew = state.settings().maxClockSkew().toMillis();
    if (!nonces.firstUse(nonce, state.clock().millis(), skew)) {
      throw new StsException(StsError.NONCE_USED);
    }
  }
}
