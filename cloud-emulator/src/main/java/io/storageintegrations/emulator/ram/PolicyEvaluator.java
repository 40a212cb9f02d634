package io.storageintegrations.emulator.ram;

import java.util.Collection;

/** Evaluates policies together the way RAM and OSS do: explicit Deny, then Allow, else deny. */
public final class PolicyEvaluator {

  private PolicyEvaluator() {}

  public static Decision evaluate(Collection<Policy> policies, AccessRequest request) {
    boolean allowed = false;
    for (Policy policy : policies) {
      for (Statement statement : policy.statements()) {
        if (statement.appliesTo(request)) {
          if (statement.effect() == Effect.DENY) {
            return Decision.EXPLICIT_DENY;
          }
          allowed = true;
        }
      }
    }
    return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
  }
}
