package io.storageintegrations.worker.vending;

import io.storageintegrations.model.message.AccessMode;

/**
 * What makes two vend requests interchangeable: the same integration with the same role, ExternalId
 * and bucket (a changed integration never gets the old one's credentials), the same access and
 * prefix, and the same duration bucket.
 */
record ScopeKey(
    String integrationId,
    String roleArn,
    String externalId,
    String bucket,
    AccessMode access,
    String prefix,
    long durationBucket) {

  @Override
  public String toString() {
    return integrationId + " " + access + " " + prefix + " " + durationBucket + "s";
  }
}
