package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.client.IntegrationRequestPublisher;
import io.storageintegrations.client.PublisherSettings;
import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.seed.RoleSeeds;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.WorkerApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system: producer, the real worker, and the cloud emulator driven by the real Aliyun
 * SDKs. The customer's RAM policy and trust policy are exactly the generated materials.
 */
@WithKafkaBroker
class EndToEndWithWorkerIT {

  private static final String PLATFORM = "1000000000000001";
  private static final String CUSTOMER = "2000000000000002";
  private static final String KEY_ID = "LTAI5tE2eValidator0001";
  private static final String SECRET = "E2eSecretValue0123456789abcdefgh";
  private static final String KEY = "it-key-p1-0123456789abcdefghijklmn";

  private static CloudEmulator cloud;
  private static ConfigurableApplicationContext producer;
  private static ConfigurableApplicationContext worker;
  private static Api api;

  @BeforeAll
  static void startSystem() {
    cloud = CloudEmulator.builder().start();
    cloud.applySeed(
        CloudSeeds.platformAndCustomer(
            PLATFORM, KEY_ID, SECRET, CUSTOMER, "customer", "e2e-bucket"));
    String group = UUID.randomUUID().toString();
    producer =
        new SpringApplicationBuilder(ProducerApplication.class)
            .profiles("it")
            .run(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--storage-integrations.registry.group-id=e2e-registry-" + group,
                "--storage-integrations.api.max-wait=PT30S",
                "--storage-integrations.platform.account-id=" + PLATFORM,
                "--storage-integrations.platform.principal-arn=acs:ram::" + PLATFORM + ":root");
    // No application.yml of its own on this classpath (the producer's would be found first).
    worker =
        new SpringApplicationBuilder(WorkerApplication.class)
            .run(
                "--spring.config.name=e2e-worker",
                "--server.port=0",
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--worker.intake.group-id=e2e-worker-" + group,
                "--worker.platform.access-key-id=" + KEY_ID,
                "--worker.platform.access-key-secret=" + SECRET,
                "--worker.platform.principal=acs:ram::" + PLATFORM + ":root",
                "--worker.sts.endpoint=" + cloud.stsEndpoint(),
                "--worker.sts.scheme=HTTP",
                "--worker.oss.endpoint-template=" + cloud.ossEndpoint());
    api = StandaloneProducer.api(producer);
  }

  @AfterAll
  static void stopSystem() {
    if (worker != null) {
      worker.close();
    }
    if (producer != null) {
      producer.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  /** The customer follows the materials: creates the policy and a role trusting the platform. */
  private static Map<String, Object> customerSetsUpRole(
      String role, String access, boolean grantAsGenerated) {
    Api.Response materials =
        api.post(
            KEY,
            "/v1/storage-integrations/authorization-materials",
            Map.of(
                "projectId",
                "p1",
                "bucket",
                "e2e-bucket",
                "region",
                "cn-hangzhou",
                "access",
                access));
    assertThat(materials.status()).isEqualTo(200);
    Map<String, Object> policy =
        grantAsGenerated
            ? materials.at("ramPolicy")
            : Map.of(
                "Version",
                "1",
                "Statement",
                List.of(
                    Map.of(
                        "Effect", "Allow",
                        "Action", List.of("oss:GetBucketLocation"),
                        "Resource", List.of("acs:oss:*:*:e2e-bucket"))));
    cloud.applySeed(
        json(RoleSeeds.roleWithPolicy(CUSTOMER, role, materials.at("trustPolicy"), policy)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("projectId", "p1");
    body.put("name", role);
    body.put("access", access);
    body.put("bucket", "e2e-bucket");
    body.put("region", "cn-hangzhou");
    body.put("roleArn", "acs:ram::" + CUSTOMER + ":role/" + role);
    body.put("externalId", materials.text("externalId"));
    return body;
  }

  @Test
  void generatedPoliciesValidateAndTheIntegrationBecomesActive() {
    Map<String, Object> body = customerSetsUpRole("e2e-rw-" + suffix(), "READ_WRITE", true);

    Api.Response dryRun = api.post(KEY, "/v1/storage-integrations/validate?wait=PT30S", body);
    assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
    assertThat(dryRun.text("status")).isEqualTo("PASSED");

    Api.Response created = api.post(KEY, "/v1/storage-integrations?wait=PT30S", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.text("state")).isEqualTo("ACTIVE");
    List<Map<String, Object>> checks = created.at("checks");
    assertThat(checks).extracting(c -> c.get("status")).doesNotContain("FAIL");
    assertThat(checks).extracting(c -> c.get("check")).contains("ROLE_ASSUMABLE", "WRITE", "READ");

    Api.Response revalidated =
        api.post(
            KEY,
            "/v1/storage-integrations/" + created.text("integrationId") + "/revalidate?wait=PT30S",
            "");
    assertThat(revalidated.status()).isEqualTo(200);
    assertThat(revalidated.text("state")).isEqualTo("ACTIVE");
    assertThat(((Number) revalidated.at("revision")).longValue()).isEqualTo(2);
  }

  @Test
  void aPolicyMissingActionsMakesTheIntegrationInvalidWithTheFix() {
    Map<String, Object> body = customerSetsUpRole("e2e-bad-" + suffix(), "READ_WRITE", false);

    Api.Response created = api.post(KEY, "/v1/storage-integrations?wait=PT30S", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.text("state")).isEqualTo("INVALID");
    List<Map<String, Object>> checks = created.at("checks");
    assertThat(checks)
        .filteredOn(c -> "FAIL".equals(c.get("status")))
        .isNotEmpty()
        .allSatisfy(c -> assertThat((String) c.get("remediation")).isNotBlank());
    assertThat(created.text("message")).contains("FAIL");
  }

  @Test
  void aCreatePublishedAloneByAnUpstreamServiceIsRegisteredThroughTheWorker() throws Exception {
    Map<String, Object> body = customerSetsUpRole("e2e-up-" + suffix(), "READ_ONLY", true);
    String id = "integ-upstream" + suffix();
    ValidationRequested create =
        new ValidationRequested(
            UUID.randomUUID().toString(),
            id,
            "p1",
            1,
            RequestKind.CREATE,
            (String) body.get("name"),
            null,
            AccessMode.READ_ONLY,
            "e2e-bucket",
            "cn-hangzhou",
            "cn-hangzhou",
            (String) body.get("roleArn"),
            (String) body.get("externalId"),
            Instant.now());

    // The client writes the request alone; the worker publishes IntegrationAccepted, then the
    // verdict, under its own ce_source, which the registry trusts.
    try (IntegrationRequestPublisher client =
        new IntegrationRequestPublisher(
            new PublisherSettings(KafkaBroker.bootstrapServers(), "/e2e/console-backend"))) {
      client.requestValidation(create).get();
    }

    Api.Response active =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> api.get(KEY, "/v1/storage-integrations/" + id),
                r -> r.status() == 200 && "ACTIVE".equals(r.text("state")));
    List<Map<String, Object>> history = active.at("history");
    assertThat(history)
        .extracting(h -> h.get("state"), h -> h.get("requestId"))
        .containsExactly(tuple("PENDING", create.requestId()), tuple("ACTIVE", create.requestId()));
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static String json(Object seed) {
    return MessageCodec.toJsonString(seed);
  }
}
