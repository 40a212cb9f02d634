package io.storageintegrations.producer.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.fault.Latency;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.producer.CloudSeeds;
import io.storageintegrations.producer.ProducerApplication;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.worker.WorkerApplication;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vending latency at the API (HTTP round trip to the producer, which checks the key, the registry
 * and the access, forwards to the worker and waits for the audit record's ack): a cache hit, and a
 * cache miss (a new prefix each time: one AssumeRole), with the emulator answering every STS call
 * after 50 ms. One client thread, sequential calls. Prints a table, and the time the producer spent
 * calling the worker and waiting for the audit ack ({@link StageBreakdown}).
 *
 * <pre>
 * ./mvnw -q -o -pl producer test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.storageintegrations.producer.bench.VendingBenchmark \
 *   -Dexec.args="--hits 3000 --misses 200"
 * </pre>
 */
public final class VendingBenchmark {

  private static final String PLATFORM = "1000000000000001";
  private static final String CUSTOMER = "2000000000000009";
  private static final String KEY_ID = "LTAI5tVendBenchValidator";
  private static final String SECRET = "VendBenchSecretValue0123456789ab";
  private static final String TOKEN = "vending-benchmark-token-0123456789abcdef";
  private static final String CONSOLE = "it-key-p1-0123456789abcdefghijklmn";
  private static final String JOB = "it-key-job-0123456789abcdefghijklm";
  private static final String BUCKET = "vend-bench-bucket";
  private static final long CLOUD_MS = 50;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private VendingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int hits = intArg(args, "--hits", 3000);
    int misses = intArg(args, "--misses", 200);
    // The JDK reads this once, when the JVM's first JDK HTTP server starts. As deployed, the
    // worker's vending server is its JVM's only one and sets it itself; here the emulator starts
    // first, and without this the vending server's sockets would keep Nagle's algorithm on, unlike
    // as deployed.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try (CloudEmulator cloud = CloudEmulator.builder().start()) {
      seed(cloud);
      int vendingPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        vendingPort = socket.getLocalPort();
      }
      String group = UUID.randomUUID().toString();
      ConfigurableApplicationContext producer =
          new SpringApplicationBuilder(ProducerApplication.class)
              .profiles("it")
              .run(
                  "--server.port=0",
                  "--management.server.port=0",
                  "--spring.jmx.enabled=false",
                  "--spring.kafka.bootstrap-servers=" + KafkaBroker.bootstrapServers(),
                  "--storage-integrations.registry.group-id=bench-registry-" + group,
                  "--storage-integrations.api.max-wait=PT30S",
                  "--storage-integrations.platform.account-id=" + PLATFORM,
                  "--storage-integrations.platform.principal-arn=acs:ram::" + PLATFORM + ":root",
                  "--storage-integrations.vending.worker-url=http://127.0.0.1:" + vendingPort,
                  "--storage-integrations.vending.token=" + TOKEN,
                  "--logging.level.root=WARN");
      ConfigurableApplicationContext worker =
          new SpringApplicationBuilder(WorkerApplication.class)
              .run(
                  "--spring.config.name=e2e-worker",
                  "--server.port=0",
                  "--management.server.port=0",
                  "--spring.jmx.enabled=false",
                  "--spring.kafka.bootstrap-servers=" + KafkaBroker.bootstrapServers(),
                  "--worker.intake.group-id=bench-worker-" + group,
                  "--worker.vending.enabled=true",
                  "--worker.vending.port=" + vendingPort,
                  "--worker.vending.token=" + TOKEN,
                  "--worker.platform.access-key-id=" + KEY_ID,
                  "--worker.platform.access-key-secret=" + SECRET,
                  "--worker.platform.principal=acs:ram::" + PLATFORM + ":root",
                  "--worker.sts.endpoint=" + cloud.stsEndpoint(),
                  "--worker.sts.scheme=HTTP",
                  "--worker.oss.endpoint-template=" + cloud.ossEndpoint(),
                  "--logging.level.root=WARN");
      try {
        String base =
            "http://127.0.0.1:" + producer.getEnvironment().getProperty("local.server.port");
        String id = activeIntegration(cloud, base);
        cloud.faults().set("sts:AssumeRole", FaultSpec.latency(Latency.fixed(CLOUD_MS)));
        long stsBefore = cloud.counters().count("sts:AssumeRole");
        // Warm-up: JIT, connection pools, the first session of the hit scope.
        measure(base, id, 300, false);
        measure(base, id, 20, true);
        MeterRegistry meters = producer.getBean(MeterRegistry.class);
        MeterRegistry workerMeters = worker.getBean(MeterRegistry.class);
        StageBreakdown hitStages = StageBreakdown.since(meters, workerMeters, "cache");
        long[] hit = measure(base, id, hits, false);
        StageBreakdown missStages = StageBreakdown.since(meters, workerMeters, "sts");
        long[] miss = measure(base, id, misses, true);
        long stsCalls = cloud.counters().count("sts:AssumeRole") - stsBefore;
        print(hit, miss, stsCalls, 300 + 20 + hits + misses);
        System.out.println();
        System.out.println(
            "Inside (producer.vending.stage, and worker.vending.duration for the worker's own"
                + " time; bucket upper bounds):");
        System.out.println();
        System.out.println("| phase: stage | calls | mean ms | p50 ms | p90 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        hitStages.print("cache hit");
        missStages.print("cache miss");
      } finally {
        worker.close();
        producer.close();
      }
    }
    System.exit(0);
  }

  /** Sequential vend calls; a miss asks for a prefix never asked before. */
  private static long[] measure(String base, String id, int n, boolean miss) throws Exception {
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      String prefix = miss ? "miss-" + UUID.randomUUID() + "/" : "hit/";
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + "/v1/storage-integrations/" + id + "/credentials"))
              .header("X-API-Key", JOB)
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"access\":\"READ_WRITE\",\"prefix\":\""
                          + prefix
                          + "\",\"durationSeconds\":900}"))
              .build();
      long start = System.nanoTime();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      nanos[i] = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "vend answered " + response.statusCode() + ": " + response.body());
      }
    }
    return nanos;
  }

  private static void print(long[] hit, long[] miss, long stsCalls, int calls) {
    System.out.println();
    System.out.printf(
        "Vending latency at the API (sequential, 1 client; STS answers after %d ms; %d cores)%n",
        CLOUD_MS, Runtime.getRuntime().availableProcessors());
    System.out.println();
    System.out.println("| case | calls | p50 ms | p90 ms | p99 ms | max ms | goal p99 |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    row("cache hit", hit, "<= 5 ms");
    row(
        "cache miss (1 AssumeRole)",
        miss,
        "<= " + (CLOUD_MS + 20) + " ms (1 STS round trip + 20 ms)");
    System.out.println();
    System.out.printf("AssumeRole calls at the emulator: %d for %d vend calls%n", stsCalls, calls);
  }

  private static void row(String name, long[] nanos, String goal) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "| %s | %d | %.2f | %.2f | %.2f | %.2f | %s |%n",
        name,
        sorted.length,
        ms(sorted, 0.50),
        ms(sorted, 0.90),
        ms(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6,
        goal);
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static String activeIntegration(CloudEmulator cloud, String base) throws Exception {
    JsonNode materials =
        post(
            base,
            CONSOLE,
            "/v1/storage-integrations/authorization-materials",
            Map.of(
                "projectId",
                "p1",
                "bucket",
                BUCKET,
                "region",
                "cn-hangzhou",
                "access",
                "READ_WRITE"));
    String role = "bench-" + UUID.randomUUID().toString().substring(0, 6);
    cloud.applySeed(
        MessageCodec.toJsonString(
            Map.of(
                "accounts",
                List.of(
                    Map.of(
                        "id", CUSTOMER,
                        "policies",
                            List.of(
                                Map.of(
                                    "name",
                                    role + "-policy",
                                    "document",
                                    materials.get("ramPolicy"))),
                        "roles",
                            List.of(
                                Map.of(
                                    "name", role,
                                    "trust", materials.get("trustPolicy"),
                                    "policies", List.of(role + "-policy"))))))));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("projectId", "p1");
    body.put("name", role);
    body.put("access", "READ_WRITE");
    body.put("bucket", BUCKET);
    body.put("region", "cn-hangzhou");
    body.put("roleArn", "acs:ram::" + CUSTOMER + ":role/" + role);
    body.put("externalId", materials.get("externalId").asString());
    JsonNode created = post(base, CONSOLE, "/v1/storage-integrations?wait=PT30S", body);
    if (!"ACTIVE".equals(created.path("state").asString())) {
      throw new IllegalStateException("integration not ACTIVE: " + created);
    }
    return created.get("integrationId").asString();
  }

  private static JsonNode post(String base, String key, String path, Object body) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private static void seed(CloudEmulator cloud) {
    cloud.applySeed(
        CloudSeeds.platformAndCustomer(
            PLATFORM, KEY_ID, SECRET, CUSTOMER, "bench-customer", BUCKET));
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
