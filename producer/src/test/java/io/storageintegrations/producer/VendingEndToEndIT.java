package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.seed.RoleSeeds;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.WorkerApplication;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Credential vending through the whole system: the producer's API (job keys, states, access), the
 * real worker's vending endpoint (platform key, STS quota, session policy), the emulator with the
 * real SDKs, the audit topic, and no secret in any log line or topic.
 */
@WithKafkaBroker
@ExtendWith(OutputCaptureExtension.class)
class VendingEndToEndIT {

  private static final String PLATFORM = "1000000000000001";
  private static final String CUSTOMER = "2000000000000007";
  private static final String KEY_ID = "LTAI5tVendE2eValidator1";
  private static final String SECRET = "VendE2eSecretValue0123456789abcd";
  private static final String TOKEN = "internal-vending-token-0123456789abcdef";
  static final String CONSOLE = "it-key-p1-0123456789abcdefghijklmn";
  static final String JOB = "it-key-job-0123456789abcdefghijklm";
  private static final String BUCKET = "vend-e2e-bucket";

  private static CloudEmulator cloud;
  private static ConfigurableApplicationContext producer;
  private static ConfigurableApplicationContext worker;
  private static Api api;

  @BeforeAll
  static void startSystem() throws Exception {
    cloud = CloudEmulator.builder().start();
    cloud.applySeed(
        CloudSeeds.platformAndCustomer(PLATFORM, KEY_ID, SECRET, CUSTOMER, "customer", BUCKET));
    int vendingPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      vendingPort = socket.getLocalPort();
    }
    String group = UUID.randomUUID().toString();
    // The producer first: it declares the topics (6 partitions) the worker then subscribes to.
    producer =
        new SpringApplicationBuilder(ProducerApplication.class)
            .profiles("it")
            .run(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--storage-integrations.registry.group-id=vend-registry-" + group,
                "--storage-integrations.api.max-wait=PT30S",
                "--storage-integrations.platform.account-id=" + PLATFORM,
                "--storage-integrations.platform.principal-arn=acs:ram::" + PLATFORM + ":root",
                "--storage-integrations.vending.worker-url=http://127.0.0.1:" + vendingPort,
                "--storage-integrations.vending.token=" + TOKEN);
    worker =
        new SpringApplicationBuilder(WorkerApplication.class)
            .run(
                "--spring.config.name=e2e-worker",
                "--server.port=0",
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--worker.intake.group-id=vend-worker-" + group,
                "--worker.vending.enabled=true",
                "--worker.vending.port=" + vendingPort,
                "--worker.vending.token=" + TOKEN,
                "--worker.platform.access-key-id=" + KEY_ID,
                "--worker.platform.access-key-secret=" + SECRET,
                "--worker.platform.principal=acs:ram::" + PLATFORM + ":root",
                "--worker.sts.endpoint=" + cloud.stsEndpoint(),
                "--worker.sts.scheme=HTTP",
                "--worker.oss.endpoint-template=" + cloud.ossEndpoint());
    api = new Api(Integer.parseInt(producer.getEnvironment().getProperty("local.server.port")));
  }

  @AfterAll
  static void stopSystem() {
    if (producer != null) {
      producer.close();
    }
    if (worker != null) {
      worker.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void aJobVendsNarrowedCredentialsTheAuditRecordsItAndNoSecretLeaks(CapturedOutput output)
      throws Exception {
    String id = activeIntegration("READ_WRITE");
    assertThat(api.get(CONSOLE, "/v1/storage-integrations/" + id).json())
        .as("never vended")
        .containsEntry("lastVendedAt", null);

    Api.Response vended = vend(JOB, id, "READ_WRITE", "backups/2026-12-01/");

    assertThat(vended.status()).as(vended.body()).isEqualTo(200);
    assertThat(vended.text("bucket")).isEqualTo(BUCKET);
    assertThat(vended.text("prefix")).isEqualTo("backups/2026-12-01/");
    assertThat(vended.text("endpoint")).isEqualTo(cloud.ossEndpoint());
    assertThat(vended.text("accessKeyId")).startsWith("STS.");
    OSS oss = oss(vended);
    try {
      oss.putObject(BUCKET, "backups/2026-12-01/a.txt", stream("backup"));
      assertThatThrownBy(() -> oss.putObject(BUCKET, "elsewhere/a.txt", stream("x")))
          .isInstanceOfSatisfying(
              OSSException.class, e -> assertThat(e.getErrorCode()).isEqualTo("AccessDenied"));
    } finally {
      oss.shutdown();
    }

    List<ConsumerRecord<String, byte[]>> audit = awaitAudit(id);
    Map<String, Object> event = MessageCodec.mapper().readValue(audit.get(0).value(), Map.class);
    assertThat(event)
        .containsEntry("integrationId", id)
        .containsEntry("caller", "nightly-job")
        .containsEntry("access", "READ_WRITE")
        .containsEntry("prefix", "backups/2026-12-01/")
        .containsEntry("requestId", vended.text("requestId"))
        .containsEntry("expiresAt", vended.text("expiration"));
    // The registry learns the vend from the audit topic: describe and list show when (to the µs).
    Instant vendedAt =
        Instant.parse((String) event.get("occurredAt")).truncatedTo(ChronoUnit.MICROS);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(api.get(CONSOLE, "/v1/storage-integrations/" + id).text("lastVendedAt"))
                    .isNotNull()
                    .satisfies(at -> assertThat(Instant.parse(at)).isEqualTo(vendedAt)));
    Api.Response list = api.get(CONSOLE, "/v1/storage-integrations?projectId=p1&size=100");
    assertThat(list.<List<Map<String, Object>>>at("items"))
        .filteredOn(item -> id.equals(item.get("integrationId")))
        .singleElement()
        .satisfies(
            item ->
                assertThat(Instant.parse((String) item.get("lastVendedAt"))).isEqualTo(vendedAt));

    StringBuilder scanned = new StringBuilder(output.getAll());
    for (String topic : Topics.ALL) {
      for (ConsumerRecord<String, byte[]> r : readAll(topic)) {
        scanned.append(r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8));
        r.headers().forEach(h -> scanned.append(new String(h.value(), StandardCharsets.UTF_8)));
      }
    }
    assertThat(scanned.toString())
        .contains(id)
        .doesNotContain(vended.text("accessKeySecret"))
        .doesNotContain(vended.text("securityToken"))
        .doesNotContain(vended.text("accessKeyId"))
        .doesNotContain(SECRET)
        .doesNotContain(TOKEN)
        .doesNotContain(JOB);
  }

  @Test
  void consoleKeysMayNotVendAndJobKeysMayDoNothingElse() {
    String id = activeIntegration("READ_ONLY");

    Api.Response console = vend(CONSOLE, id, "READ_ONLY", "a/");
    assertThat(console.status()).isEqualTo(403);
    assertThat(console.text("detail")).contains("not a job key");
    assertThat(api.get(JOB, "/v1/storage-integrations/" + id).status()).isEqualTo(403);
    assertThat(api.get(JOB, "/v1/storage-integrations?projectId=p1").status()).isEqualTo(403);
  }

  @Test
  void onlyActiveIntegrationsVendAndTheProblemNamesTheStateAndTheFailingCheck() {
    Map<String, Object> body = customerSetsUpRole("vend-bad-" + suffix(), "READ_WRITE", false);
    Api.Response invalid = api.post(CONSOLE, "/v1/storage-integrations?wait=PT30S", body);
    assertThat(invalid.text("state")).isEqualTo("INVALID");
    String id = invalid.text("integrationId");

    Api.Response refused = vend(JOB, id, "READ_ONLY", "a/");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("type")).endsWith("integration-not-active");
    assertThat(refused.text("state")).isEqualTo("INVALID");
    assertThat(refused.text("failingCheck")).isNotBlank();
    assertThat(refused.text("detail")).contains("INVALID", refused.text("failingCheck"));

    api.delete(CONSOLE, "/v1/storage-integrations/" + id + "?wait=PT10S");
    Api.Response deleted = vend(JOB, id, "READ_ONLY", "a/");
    assertThat(deleted.status()).isEqualTo(409);
    assertThat(deleted.text("state")).isEqualTo("DELETED");

    assertThat(vend(JOB, "integ-does-not-exist", "READ_ONLY", "a/").status()).isEqualTo(404);
  }

  @Test
  void moreAccessThanTheIntegrationHasAndBadFieldsAreRefused() {
    String id = activeIntegration("READ_ONLY");

    Api.Response tooMuch = vend(JOB, id, "READ_WRITE", "a/");
    assertThat(tooMuch.status()).isEqualTo(403);
    assertThat(tooMuch.text("type")).endsWith("access-exceeds-integration");

    Api.Response bad =
        api.post(
            JOB,
            "/v1/storage-integrations/" + id + "/credentials",
            Map.of("access", "READ_ONLY", "prefix", "../x", "durationSeconds", 99999));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("prefix", "durationSeconds");
  }

  @Test
  void aRoleThatStopsTrustingThePlatformIsDiagnosedAndTheIntegrationRevalidated() {
    String role = "vend-drift-" + suffix();
    Map<String, Object> body = customerSetsUpRole(role, "READ_ONLY", true);
    Api.Response created = api.post(CONSOLE, "/v1/storage-integrations?wait=PT30S", body);
    assertThat(created.text("state")).isEqualTo("ACTIVE");
    String id = created.text("integrationId");
    // The customer replaces the trust policy's ExternalId.
    cloud.applySeed(
        json(
            Map.of(
                "accounts",
                List.of(
                    Map.of(
                        "id",
                        CUSTOMER,
                        "roles",
                        List.of(
                            Map.of(
                                "name", role,
                                "trust", trust("si-ext-someone-else-0123456789abcdef"),
                                "policies", List.of(role + "-policy"))))))));

    Api.Response refused = vend(JOB, id, "READ_ONLY", "a/");

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.text("type")).endsWith("role-not-assumable");
    assertThat(refused.text("code")).isEqualTo("ROLE_NOT_TRUSTED");
    assertThat(refused.text("remediation")).contains("sts:ExternalId");
    assertThat((Boolean) refused.at("revalidationRequested")).isTrue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> api.get(CONSOLE, "/v1/storage-integrations/" + id).text("state"),
            "INVALID"::equals);
  }

  @Test
  void theCliPrintsExportLinesAShellCanEval() throws Exception {
    String id = activeIntegration("READ_ONLY");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

    int code =
        io.storageintegrations.cli.Main.run(
            new String[] {"credentials", id, "--prefix", "reports/", "--access", "READ_ONLY"},
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("SI_URL", api.base(), "SI_API_KEY", JOB));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    ProcessBuilder withEnv =
        new ProcessBuilder(
            "bash",
            "-c",
            "eval \"$SI_EXPORTS\"; echo \"$OSS_BUCKET $OSS_PREFIX ${ALIBABA_CLOUD_ACCESS_KEY_ID:0:4}\"");
    withEnv.environment().put("SI_EXPORTS", out.toString(StandardCharsets.UTF_8));
    Process evaluated = withEnv.redirectErrorStream(true).start();
    String printed = new String(evaluated.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(evaluated.waitFor()).isZero();
    assertThat(printed.strip()).isEqualTo(BUCKET + " reports/ STS.");
  }

  @Test
  void theJavaClientVendsAndReportsRefusalsWithTheProblem() {
    String id = activeIntegration("READ_ONLY");
    var client =
        new io.storageintegrations.client.CredentialsClient(java.net.URI.create(api.base()), JOB);

    var credentials =
        client.vend(
            id,
            io.storageintegrations.model.message.AccessMode.READ_ONLY,
            "reports/",
            Duration.ofMinutes(15));
    assertThat(credentials.bucket()).isEqualTo(BUCKET);
    assertThat(credentials.accessKeyId()).startsWith("STS.");
    assertThat(credentials.expiresWithin(Duration.ofMinutes(5), java.time.Instant.now())).isFalse();
    assertThat(credentials.toString()).doesNotContain(credentials.accessKeySecret());

    assertThatThrownBy(
            () ->
                client.vend(
                    id,
                    io.storageintegrations.model.message.AccessMode.READ_WRITE,
                    "reports/",
                    Duration.ofMinutes(15)))
        .isInstanceOfSatisfying(
            io.storageintegrations.client.CredentialsClient.VendingRefusedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.type()).isEqualTo("access-exceeds-integration");
              assertThat(e.problem()).containsEntry("integrationAccess", "READ_ONLY");
            });
  }

  static Api.Response vend(String key, String id, String access, String prefix) {
    return api.post(
        key,
        "/v1/storage-integrations/" + id + "/credentials",
        Map.of("access", access, "prefix", prefix, "durationSeconds", 900));
  }

  private static String activeIntegration(String access) {
    Map<String, Object> body = customerSetsUpRole("vend-" + suffix(), access, true);
    Api.Response created = api.post(CONSOLE, "/v1/storage-integrations?wait=PT30S", body);
    assertThat(created.text("state")).as(created.body()).isEqualTo("ACTIVE");
    return created.text("integrationId");
  }

  /** The customer follows the materials (or forgets every action but GetBucketLocation). */
  private static Map<String, Object> customerSetsUpRole(
      String role, String access, boolean grantAsGenerated) {
    Api.Response materials =
        api.post(
            CONSOLE,
            "/v1/storage-integrations/authorization-materials",
            Map.of("projectId", "p1", "bucket", BUCKET, "region", "cn-hangzhou", "access", access));
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
                        "Resource", List.of("acs:oss:*:*:" + BUCKET))));
    cloud.applySeed(
        json(RoleSeeds.roleWithPolicy(CUSTOMER, role, materials.at("trustPolicy"), policy)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("projectId", "p1");
    body.put("name", role);
    body.put("access", access);
    body.put("bucket", BUCKET);
    body.put("region", "cn-hangzhou");
    body.put("roleArn", "acs:ram::" + CUSTOMER + ":role/" + role);
    body.put("externalId", materials.text("externalId"));
    return body;
  }

  private static Map<String, Object> trust(String externalId) {
    return Map.of(
        "Version",
        "1",
        "Statement",
        List.of(
            Map.of(
                "Effect",
                "Allow",
                "Action",
                "sts:AssumeRole",
                "Principal",
                Map.of("RAM", List.of("acs:ram::" + PLATFORM + ":root")),
                "Condition",
                Map.of("StringEquals", Map.of("sts:ExternalId", externalId)))));
  }

  static OSS oss(Api.Response vended) {
    ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
    conf.setSignatureVersion(SignVersion.V4);
    conf.setMaxErrorRetry(0);
    return OSSClientBuilder.create()
        .endpoint(vended.text("endpoint"))
        .credentialsProvider(
            new DefaultCredentialProvider(
                vended.text("accessKeyId"),
                vended.text("accessKeySecret"),
                vended.text("securityToken")))
        .clientConfiguration(conf)
        .region(vended.text("region"))
        .build();
  }

  private static List<ConsumerRecord<String, byte[]>> awaitAudit(String integrationId) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                readAll(Topics.AUDIT).stream().filter(r -> integrationId.equals(r.key())).toList(),
            records -> !records.isEmpty());
  }

  private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      var partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(100)).forEach(all::add);
      }
    }
    return all;
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String json(Object seed) {
    return MessageCodec.toJsonString(seed);
  }
}
