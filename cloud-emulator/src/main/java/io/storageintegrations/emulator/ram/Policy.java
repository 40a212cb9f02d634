package io.storageintegrations.emulator.ram;

import java.util.List;

/** A parsed RAM policy document, with its source text kept for the admin API. */
public record Policy(List<Statement> statements, String source) {

  /** The decision of this policy alone. */
  public Decision evaluate(AccessRequest request) {
    return PolicyEvaluator.evaluate(List.of(this), request);
  }
}
