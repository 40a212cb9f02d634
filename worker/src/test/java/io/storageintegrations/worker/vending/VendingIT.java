package io.storageintegrations.worker.vending;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.worker.validation.TestCloud;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The vending endpoint of the real worker against the emulator: one AssumeRole per scope however
 * many ask (counted at the emulator), a customer's broken role answered with the validation's
 * diagnosis, the internal token, field errors, and no secret in logs or metric tags.
 */
@ExtendWith(OutputCaptureExtension.class)
class VendingIT {

  static VendingStand stand;

  @BeforeAll
  static void start() {
    stand = new VendingStand();
  }

  @AfterAll
  static void stop() {
    stand.close();
  }

  @Test
  void aThousandVendsForTenIntegrationsMakeAtMostTenAssumeRoleCalls() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long before = stand.cloud.counters().count("sts:AssumeRole");
    List<CompletableFuture<VendingStand.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String integration = "int-burst-" + run + "-" + (i % 10);
      replies.add(
          stand.vendAsync(
              VendingStand.body(integration, "vend-rw", "READ_WRITE", "backups/"),
              "Bearer " + VendingStand.TOKEN));
    }
    Set<String> keys = new HashSet<>();
    for (CompletableFuture<VendingStand.Reply> reply : replies) {
      VendingStand.Reply answer = reply.join();
      assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
      keys.add(answer.text("accessKeyId"));
    }
    long calls = stand.cloud.counters().count("sts:AssumeRole") - before;

    assertThat(calls).isLessThanOrEqualTo(10);
    assertThat(keys).hasSize(10); // one session per integration, shared by its 100 requests
    MeterRegistry registry = stand.worker.getBean(MeterRegistry.class);
    assertThat(registry.get("worker.vending.cache").tag("outcome", "hit").counter().count())
        .isGreaterThanOrEqualTo(990);
  }

  @Test
  void anotherPrefixOrAccessIsAnotherScope() {
    String id = "int-scopes-" + UUID.randomUUID();
    VendingStand.Reply a = stand.vend(VendingStand.body(id, "vend-rw", "READ_WRITE", "a/"));
    VendingStand.Reply again = stand.vend(VendingStand.body(id, "vend-rw", "READ_WRITE", "a/"));
    VendingStand.Reply b = stand.vend(VendingStand.body(id, "vend-rw", "READ_WRITE", "b/"));
    VendingStand.Reply readOnly = stand.vend(VendingStand.body(id, "vend-rw", "READ_ONLY", "a/"));

    assertThat(again.text("accessKeyId")).isEqualTo(a.text("accessKeyId"));
    assertThat(again.body().get("servedFromCache").asBoolean()).isTrue();
    assertThat(a.body().get("servedFromCache").asBoolean()).isFalse();
    assertThat(b.text("accessKeyId")).isNotEqualTo(a.text("accessKeyId"));
    assertThat(readOnly.text("accessKeyId")).isNotEqualTo(a.text("accessKeyId"));
    assertThat(a.text("endpoint")).isEqualTo(stand.cloud.ossEndpoint());
    assertThat(a.text("expiration")).isNotBlank();
  }

  @Test
  void aRoleThatNoLongerTrustsThePlatformIsAnsweredWithTheDiagnosisAndAsksForRevalidation() {
    VendingStand.Reply reply =
        stand.vend(
            VendingStand.body(
                "int-untrusted-" + UUID.randomUUID(), "vend-untrusted", "READ_ONLY", "a/"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.text("errorClass")).isEqualTo("CUSTOMER");
    assertThat(reply.text("code")).isEqualTo("ROLE_NOT_TRUSTED");
    assertThat(reply.text("check")).isEqualTo("ROLE_ASSUMABLE");
    assertThat(reply.text("cloudCode")).isEqualTo("NoPermission");
    assertThat(reply.text("remediation")).contains("sts:ExternalId", TestCloud.EXTERNAL_ID);
    assertThat(reply.body().get("revalidate").asBoolean()).isTrue();
  }

  @Test
  void aRoleThatIsGoneIsRoleNotFound() {
    VendingStand.Reply reply =
        stand.vend(
            VendingStand.body("int-gone-" + UUID.randomUUID(), "vend-deleted", "READ_ONLY", "a/"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.text("code")).isEqualTo("ROLE_NOT_FOUND");
    assertThat(reply.body().get("revalidate").asBoolean()).isTrue();
  }

  @Test
  void withoutTheInternalTokenNothingIsVended() {
    Map<String, Object> body = VendingStand.body("int-x", "vend-rw", "READ_ONLY", "a/");
    assertThat(stand.vendAsync(body, null).join().status()).isEqualTo(401);
    assertThat(stand.vendAsync(body, "Bearer wrong").join().status()).isEqualTo(401);
    assertThat(stand.vendAsync(body, VendingStand.TOKEN).join().status()).isEqualTo(401);
  }

  @Test
  void badFieldsAreNamed() {
    Map<String, Object> body = VendingStand.body("int-x", "vend-rw", "READ_ONLY", "no-slash");
    body.put("durationSeconds", 60);
    VendingStand.Reply reply = stand.vend(body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().get("errors").toString())
        .contains("prefix", "must end with '/'", "durationSeconds", "between 900 and 3600");
  }

  @Test
  void neitherLogsNorMetricTagsCarryVendedCredentialsOrThePlatformSecret(CapturedOutput output) {
    VendingStand.Reply reply =
        stand.vend(
            VendingStand.body("int-leak-" + UUID.randomUUID(), "vend-rw", "READ_WRITE", "leak/"));
    stand.vend(
        VendingStand.body(
            "int-leak-" + UUID.randomUUID(), "vend-untrusted", "READ_WRITE", "leak/"));
    assertThat(reply.status()).isEqualTo(200);

    StringBuilder scanned = new StringBuilder(output.getAll());
    stand.worker.getBean(MeterRegistry.class).getMeters().stream()
        .flatMap(m -> m.getId().getTags().stream())
        .forEach(t -> scanned.append(t.getValue()).append('\n'));
    assertThat(scanned.toString())
        .contains("vended READ_WRITE leak/")
        .doesNotContain(reply.text("accessKeySecret"))
        .doesNotContain(reply.text("securityToken"))
        .doesNotContain(reply.text("accessKeyId"))
        .doesNotContain(TestCloud.PLATFORM_SECRET)
        .doesNotContain(VendingStand.TOKEN);
  }
}
