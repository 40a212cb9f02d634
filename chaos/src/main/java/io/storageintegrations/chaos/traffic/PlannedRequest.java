package io.storageintegrations.chaos.traffic;

import io.storageintegrations.model.message.ValidationRequested;

/** A request to publish and the verdict the demo seed makes it earn. */
public record PlannedRequest(ValidationRequested request, Verdict expected) {

  public String requestId() {
    return request.requestId();
  }
}
