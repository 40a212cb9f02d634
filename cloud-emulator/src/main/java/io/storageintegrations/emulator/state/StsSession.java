package io.storageintegrations.emulator.state;

import io.storageintegrations.emulator.ram.Policy;
import java.time.Instant;

/** Temporary credentials issued by AssumeRole; {@code sessionPolicy} may be null. */
public record StsSession(
    String accessKeyId,
    String secret,
    String securityToken,
    String roleAccountUid,
    String roleName,
    String sessionName,
    Policy sessionPolicy,
    Instant expiration) {

  @Override
  public String toString() {
    return "StsSession[" + accessKeyId + ", " + roleName + "/" + sessionName + "]";
  }
}
