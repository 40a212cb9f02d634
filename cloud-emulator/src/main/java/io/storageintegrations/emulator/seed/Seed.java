package io.storageintegrations.emulator.seed;

import io.storageintegrations.emulator.state.KeyStatus;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The seed document; every list may be omitted. Policy documents are JSON objects or strings. */
public record Seed(Settings settings, List<AccountSeed> accounts) {

  /** Service tunables; omitted values keep their defaults. */
  public record Settings(
      Integer assumeRoleRatePerSecond,
      Integer maxClockSkewSeconds,
      Long maxObjectBytes,
      Long maxTotalBytes,
      Integer maxSessions,
      String defaultRegion) {}

  /** One account with everything it owns. */
  public record AccountSeed(
      String id,
      String name,
      List<KeySeed> rootKeys,
      List<PolicySeed> policies,
      List<UserSeed> users,
      List<RoleSeed> roles,
      List<BucketSeed> buckets) {}

  /** A custom policy. */
  public record PolicySeed(String name, JsonNode document) {}

  /** A RAM user. */
  public record UserSeed(String name, List<String> policies, List<KeySeed> keys) {}

  /** An AccessKey; status defaults to Active. */
  public record KeySeed(String id, String secret, KeyStatus status) {}

  /** A RAM role; maxSessionDuration defaults to 3600 seconds. */
  public record RoleSeed(
      String name, Integer maxSessionDuration, JsonNode trust, List<String> policies) {}

  /** A bucket; region defaults to the settings' default region. */
  public record BucketSeed(String name, String region, List<ObjectSeed> objects) {}

  /** An object with text content. */
  public record ObjectSeed(String key, String content, String contentType) {}
}
