package io.storageintegrations.localstack.demo;

import io.storageintegrations.localstack.demo.Scenario.Mistake;
import java.util.List;

/** The demo's situations: one that validates, then one per kind of failure. */
final class Scenarios {

  static final String CLUSTER_REGION = "cn-hangzhou";

  private Scenarios() {}

  static List<Scenario> all() {
    return List.of(
        scenario("Everything set up as the materials say", "backups", "READ_WRITE", Mistake.NONE),
        new Scenario(
            "Bucket in another region than the cluster",
            "shanghai-logs",
            "READ_WRITE",
            "demo-shanghai-logs",
            "cn-shanghai",
            CLUSTER_REGION,
            "INVALID",
            Mistake.BUCKET_ELSEWHERE),
        scenario(
            "RAM policy without oss:PutObject",
            "exports",
            "READ_WRITE",
            Mistake.PERMISSION_MISSING),
        scenario(
            "Role ARN names a role that does not exist",
            "typo-role",
            "READ_ONLY",
            Mistake.ROLE_MISSING),
        scenario(
            "Trust policy with another ExternalId",
            "stale-trust",
            "READ_ONLY",
            Mistake.EXTERNAL_ID_WRONG),
        scenario(
            "Trust policy without the ExternalId condition",
            "open-role",
            "READ_ONLY",
            Mistake.EXTERNAL_ID_NOT_ENFORCED),
        new Scenario(
            "Bucket does not exist",
            "no-bucket",
            "READ_ONLY",
            "demo-never-created",
            null,
            CLUSTER_REGION,
            "INVALID",
            Mistake.BUCKET_MISSING),
        scenario(
            "OSS answers 503 twice, then recovers (retried)",
            "flaky-network",
            "READ_ONLY",
            Mistake.TRANSIENT_FAULT));
  }

  private static Scenario scenario(String title, String name, String access, Mistake mistake) {
    boolean passes = mistake == Mistake.NONE || mistake == Mistake.TRANSIENT_FAULT;
    return new Scenario(
        title,
        name,
        access,
        "demo-" + name,
        CLUSTER_REGION,
        CLUSTER_REGION,
        passes ? "ACTIVE" : "INVALID",
        mistake);
  }
}
