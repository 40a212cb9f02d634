package io.storageintegrations.producer.integration;

import io.storageintegrations.producer.ledger.KeyClaim;
import io.storageintegrations.producer.problem.ApiException;

/** The problems a create answers when its Idempotency-Key cannot be used for its body. */
final class KeyProblems {

  private KeyProblems() {}

  /** Returns for a key that stands for this body; throws the 422 problem otherwise. */
  static void refuseUnless(KeyClaim claim, String integrationId) {
    switch (claim) {
      case THIS_BODY -> {}
      case OTHER_BODY ->
          throw ApiException.idempotencyKeyUnusable(
              "idempotency-key-reused",
              "this Idempotency-Key was first used with a different request body (for "
                  + integrationId
                  + "); send the original body to retry, or use a new key");
      case DELETED ->
          throw ApiException.idempotencyKeyUnusable(
              "idempotency-key-spent",
              "the integration this Idempotency-Key created ("
                  + integrationId
                  + ") has been deleted; use a new key to create it again");
    }
  }
}
