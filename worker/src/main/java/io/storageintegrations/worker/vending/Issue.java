package io.storageintegrations.worker.vending;

import io.storageintegrations.worker.cloud.ScopedCredentials;

/** The end of one AssumeRole for a scope: credentials, or why there are none. */
sealed interface Issue {

  record Issued(ScopedCredentials credentials) implements Issue {}

  record Refused(Refusal refusal) implements Issue {}
}
