package io.storageintegrations.worker.cloud;

import java.time.Instant;

/** STS credentials issued for a job, with the instant STS says they expire. */
public record ScopedCredentials(TemporaryCredentials credentials, Instant expiration) {

  @Override
  public String toString() {
    return "ScopedCredentials[<redacted>, expiration=" + expiration + "]";
  }
}
