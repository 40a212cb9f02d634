package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.report.FaultMarks;

/** What happens mid-run, once half the requests are published; it says what to measure by. */
interface Fault {

  FaultMarks inject(FaultScene scene);
}
