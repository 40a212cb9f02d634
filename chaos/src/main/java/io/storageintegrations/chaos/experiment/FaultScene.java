package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.lab.GroupView;
import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.lab.WorkerFleet;

/** Everything a fault may act on or look at. */
record FaultScene(Lab lab, WorkerFleet fleet, GroupView group) {}
