package io.storageintegrations.chaos.traffic;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Requests against the emulator's demo seed whose verdict is known before they are sent: in every
 * ten, nine healthy integrations (acme read-write, acme read-only, globex read-write in another
 * region) that must be VALIDATED and one whose bucket does not exist, which must FAIL with {@code
 * BUCKET_NOT_FOUND}. Every request is its own integration, so nothing but the partition orders
 * them.
 */
public final class RequestMix {

  private static final String ACME = "acs:ram::2000000000000001:role/";
  private static final String GLOBEX = "acs:ram::2000000000000002:role/";

  private static final List<Setup> HEALTHY =
      List.of(
          new Setup(
              ACME + "si-rw",
              "si-ext-acme-rw-6f1c0b7d2e9a4c35",
              "acme-exports",
              "cn-hangzhou",
              AccessMode.READ_WRITE),
          new Setup(
              ACME + "si-ro",
              "si-ext-acme-ro-0a8e4d2b7c1f6e93",
              "acme-readonly",
              "cn-hangzhou",
              AccessMode.READ_ONLY),
          new Setup(
              GLOBEX + "si-rw",
              "si-ext-globex-rw-8d5a2c9e0f3b7146",
              "globex-backups",
              "cn-shanghai",
              AccessMode.READ_WRITE));

  private static final Setup MISSING_BUCKET =
      new Setup(
          ACME + "si-missing-bucket",
          "si-ext-acme-gone-4a1f8e3c6b0d2975",
          "acme-gone",
          "cn-hangzhou",
          AccessMode.READ_WRITE);

  private RequestMix() {}

  /** {@code count} requests; {@code tag} names the experiment in integration IDs. */
  public static List<PlannedRequest> plan(int count, String tag) {
    List<PlannedRequest> planned = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i % 10 == 9) {
        planned.add(
            new PlannedRequest(
                request(MISSING_BUCKET, tag, i), Verdict.failed("BUCKET_NOT_FOUND")));
      } else {
        planned.add(new PlannedRequest(request(HEALTHY.get(i % 3), tag, i), Verdict.VALIDATED));
      }
    }
    return planned;
  }

  /**
   * Request {@code index} of a run whose every request must be VALIDATED, healthy setups in turn.
   */
  public static ValidationRequested healthy(String tag, int index) {
    return request(HEALTHY.get(index % HEALTHY.size()), tag, index);
  }

  private static ValidationRequested request(Setup setup, String tag, int index) {
    return new ValidationRequested(
        UUID.randomUUID().toString(),
        "chaos-" + tag + "-" + index,
        "proj-chaos",
        1,
        RequestKind.CREATE,
        "chaos-" + index,
        null,
        setup.access(),
        setup.bucket(),
        setup.region(),
        setup.region(),
        setup.roleArn(),
        setup.externalId(),
        Instant.now());
  }

  private record Setup(
      String roleArn, String externalId, String bucket, String region, AccessMode access) {}
}
