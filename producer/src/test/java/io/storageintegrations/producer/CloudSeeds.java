package io.storageintegrations.producer;

import io.storageintegrations.model.message.MessageCodec;
import java.util.List;
import java.util.Map;

/**
 * Emulator seeds the producer's end-to-end tests and benchmarks share: the platform's validator
 * user (its AccessKey, allowed to call AssumeRole) and a customer account with one bucket.
 */
public final class CloudSeeds {

  private CloudSeeds() {}

  /** The seed as the emulator's applySeed takes it (JSON). */
  public static String platformAndCustomer(
      String platformId,
      String keyId,
      String secret,
      String customerId,
      String customerName,
      String bucket) {
    return MessageCodec.toJsonString(
        Map.of(
            "accounts",
            List.of(
                Map.of(
                    "id",
                    platformId,
                    "name",
                    "platform",
                    "users",
                    List.of(
                        Map.of(
                            "name", "validator",
                            "policies", List.of("AliyunSTSAssumeRoleAccess"),
                            "keys", List.of(Map.of("id", keyId, "secret", secret))))),
                Map.of(
                    "id",
                    customerId,
                    "name",
                    customerName,
                    "buckets",
                    List.of(Map.of("name", bucket, "region", "cn-hangzhou"))))));
  }
}
