package io.storageintegrations.worker.vending;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.worker.WorkerApplication;
import io.storageintegrations.worker.validation.TestCloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker application with vending on (no Kafka intake), against the test emulator, and a
 * customer account of its own: bucket {@code vend-bucket} (and {@code vend-other}), role {@code
 * vend-rw} whose own policy allows everything on both buckets (so what the vended credentials may
 * do is decided by the session policy alone), role {@code vend-as-generated} with exactly the
 * platform's generated read-write policy, and {@code vend-untrusted}, whose trust names another
 * ExternalId.
 */
final class VendingStand implements AutoCloseable {

  static final String ACCOUNT = "3000000000000003";
  static final String TOKEN = "vending-token-0123456789abcdefghijklmnop";
  static final String BUCKET = "vend-bucket";
  static final String OTHER_BUCKET = "vend-other";
  static final JsonMapper JSON = JsonMapper.builder().build();

  final CloudEmulator cloud = TestCloud.emulator();
  final ConfigurableApplicationContext worker;
  final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  VendingStand(String... extraArgs) {
    cloud.applySeed(JSON.writeValueAsString(seed()));
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--worker.intake.enabled=false",
                "--worker.vending.enabled=true",
                "--worker.vending.port=0",
                "--worker.vending.token=" + TOKEN,
                "--worker.platform.access-key-id=" + TestCloud.PLATFORM_KEY_ID,
                "--worker.platform.access-key-secret=" + TestCloud.PLATFORM_SECRET,
                "--worker.platform.principal=" + TestCloud.PRINCIPAL,
                "--worker.sts.endpoint=" + cloud.stsEndpoint(),
                "--worker.sts.scheme=HTTP",
                "--worker.oss.endpoint-template=" + cloud.ossEndpoint()));
    args.addAll(List.of(extraArgs));
    worker = new SpringApplicationBuilder(WorkerApplication.class).run(args.toArray(String[]::new));
    port = worker.getBean(VendingServer.class).port();
  }

  static String role(String name) {
    return "acs:ram::" + ACCOUNT + ":role/" + name;
  }

  static Map<String, Object> body(String integrationId, String role, String access, String prefix) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", java.util.UUID.randomUUID().toString());
    body.put("caller", "nightly-export");
    body.put("integrationId", integrationId);
    body.put("projectId", "proj-1");
    body.put("roleArn", role(role));
    body.put("externalId", TestCloud.EXTERNAL_ID);
    body.put("bucket", BUCKET);
    body.put("region", "cn-hangzhou");
    body.put("access", access);
    body.put("prefix", prefix);
    body.put("durationSeconds", 900);
    return body;
  }

  record Reply(int status, JsonNode body) {
    String text(String field) {
      return body.get(field).asString();
    }
  }

  Reply vend(Map<String, Object> body) {
    return vendAsync(body, "Bearer " + TOKEN).join();
  }

  CompletableFuture<Reply> vendAsync(Map<String, Object> body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + VendingServer.PATH))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(r -> new Reply(r.statusCode(), JSON.readTree(r.body())));
  }

  /** An OSS client signing with the vended credentials, as a job would build it. */
  OSS oss(Reply vended) {
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

  private static Map<String, Object> seed() {
    Map<String, Object> everything =
        Map.of(
            "Version",
            "1",
            "Statement",
            List.of(
                Map.of(
                    "Effect", "Allow",
                    "Action", List.of("oss:*"),
                    "Resource",
                        List.of(
                            "acs:oss:*:*:" + BUCKET,
                            "acs:oss:*:*:" + BUCKET + "/*",
                            "acs:oss:*:*:" + OTHER_BUCKET,
                            "acs:oss:*:*:" + OTHER_BUCKET + "/*"))));
    Map<String, Object> generated =
        Map.of(
            "Version",
            "1",
            "Statement",
            List.of(
                Map.of(
                    "Effect", "Allow",
                    "Action",
                        List.of(
                            "oss:GetBucketLocation",
                            "oss:ListObjects",
                            "oss:GetObject",
                            "oss:PutObject"),
                    "Resource", List.of("acs:oss:*:*:" + BUCKET, "acs:oss:*:*:" + BUCKET + "/*"))));
    return Map.of(
        "accounts",
        List.of(
            Map.of(
                "id", ACCOUNT,
                "name", "vending-customer",
                "buckets",
                    List.of(
                        Map.of("name", BUCKET, "region", "cn-hangzhou"),
                        Map.of("name", OTHER_BUCKET, "region", "cn-hangzhou")),
                "policies",
                    List.of(
                        Map.of("name", "vend-everything", "document", everything),
                        Map.of("name", "vend-generated", "document", generated)),
                "roles",
                    List.of(
                        role("vend-rw", TestCloud.EXTERNAL_ID, "vend-everything"),
                        role("vend-as-generated", TestCloud.EXTERNAL_ID, "vend-generated"),
                        role(
                            "vend-untrusted",
                            "si-ext-someone-else-0123456789",
                            "vend-everything")))));
  }

  private static Map<String, Object> role(String name, String externalId, String policy) {
    return Map.of(
        "name", name,
        "trust",
            Map.of(
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
                        Map.of("RAM", List.of(TestCloud.PRINCIPAL)),
                        "Condition",
                        Map.of("StringEquals", Map.of("sts:ExternalId", externalId))))),
        "policies", List.of(policy));
  }

  @Override
  public void close() {
    worker.close();
  }
}
