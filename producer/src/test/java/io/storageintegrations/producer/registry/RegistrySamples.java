package io.storageintegrations.producer.registry;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.OutcomeSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Realistic registry records (about 4.9 KB of JSON: 8 check results with messages and fixes, 20
 * history entries with request IDs) for benchmarks and tests, deterministic per number.
 */
final class RegistrySamples {

  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private RegistrySamples() {}

  static String project(int i, int projects) {
    return String.format("bench-%03d", i % projects);
  }

  static String id(int i) {
    return String.format("integ-bench%014d", i);
  }

  static IntegrationRecord record(int i, int projects) {
    String bucket = "acme-exports-" + i;
    String role = "acs:ram::1" + String.format("%015d", i) + ":role/storage-export";
    Instant created = EPOCH.plusSeconds(i);
    List<CheckResult> checks = new ArrayList<>();
    for (Check check : Check.values()) {
      checks.add(
          new CheckResult(
              check,
              CheckStatus.PASS,
              "OK",
              check.name().toLowerCase()
                  + " passed for bucket "
                  + bucket
                  + " in cn-hangzhou with role "
                  + role,
              null,
              1,
              40 + i % 200));
    }
    List<OutcomeSummary> history = new ArrayList<>();
    for (int h = 0; h < 20; h++) {
      boolean pending = h % 2 == 0;
      history.add(
          new OutcomeSummary(
              h / 2 + 1,
              pending ? IntegrationState.PENDING : IntegrationState.ACTIVE,
              pending ? "revalidation requested" : "validated",
              uuid(i, h / 2),
              created.plusSeconds(3600L * h)));
    }
    Instant validated = created.plusSeconds(3600L * 19);
    return new IntegrationRecord(
        id(i),
        project(i, projects),
        "exports-" + i,
        "Nightly backups of cluster " + i + " to OSS",
        i % 2 == 0 ? AccessMode.READ_WRITE : AccessMode.READ_ONLY,
        bucket,
        "cn-hangzhou",
        role,
        "ext-" + uuid(i, 999).replace("-", ""),
        IntegrationState.ACTIVE,
        checks,
        validated,
        history,
        10,
        validated,
        created);
  }

  private static String uuid(int i, int n) {
    return UUID.nameUUIDFromBytes((i + ":" + n).getBytes()).toString();
  }
}
