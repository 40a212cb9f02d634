package io.storageintegrations.localstack.demo;

import java.util.List;

/** Every scenario's outcome, in the order they ran. */
public record DemoReport(List<DemoOutcome> outcomes) {

  public DemoReport {
    outcomes = List.copyOf(outcomes);
  }

  public long asExpected() {
    return outcomes.stream().filter(DemoOutcome::asExpected).count();
  }

  public boolean allAsExpected() {
    return asExpected() == outcomes.size();
  }
}
