package io.storageintegrations.emulator.state;

import io.storageintegrations.emulator.ram.Policy;
import java.util.List;

/**
 * The authenticated identity behind a request: the account root, a RAM user or a role session.
 * {@code principals} are the ARNs a trust policy may name to admit it.
 */
public record Caller(
    Kind kind,
    String accountUid,
    String name,
    String secret,
    List<Policy> policies,
    Policy sessionPolicy,
    List<String> principals) {

  /** The kinds of identity. */
  public enum Kind {
    ROOT,
    USER,
    ROLE_SESSION
  }

  @Override
  public String toString() {
    return "Caller[" + kind + ", " + accountUid + "/" + name + "]";
  }
}
