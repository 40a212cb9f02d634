package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.report.FaultMarks;

/** Nothing is injected: the run shows what the fleet does on its own. */
final class NoFault implements Fault {

  @Override
  public FaultMarks inject(FaultScene scene) {
    return FaultMarks.NONE;
  }
}
