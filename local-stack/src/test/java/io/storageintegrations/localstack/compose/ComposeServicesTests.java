package io.storageintegrations.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeServicesTests {

  private static final List<String> APPS = List.of("producer", "worker");

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void declaresTheWholeSystem() {
    assertThat(compose.services())
        .containsKeys(
            "kafka",
            "kafka-topics",
            "cloud-emulator",
            "producer",
            "worker",
            "kafka-ui",
            "prometheus",
            "grafana");
  }

  @Test
  void kafkaRunsKraftWithAContainerListenerAndAHostListener() {
    Map<String, String> env = compose.environment("kafka");

    assertThat(compose.service("kafka").get("image").toString()).startsWith("apache/kafka:");
    assertThat(env.get("KAFKA_PROCESS_ROLES").split(","))
        .containsExactlyInAnyOrder("broker", "controller");
    assertThat(env).doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
    assertThat(env.get("KAFKA_ADVERTISED_LISTENERS").split(","))
        .containsExactlyInAnyOrder("INTERNAL://kafka:9092", "HOST://localhost:19092");
    assertThat(env.get("KAFKA_LISTENERS"))
        .contains("INTERNAL://0.0.0.0:9092", "HOST://0.0.0.0:19092", "CONTROLLER://");
    assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo("1@kafka:9093");
    assertThat(compose.ports("kafka")).containsExactly("19092:19092");
  }

  @Test
  void everyKafkaClientInsideComposeUsesTheContainerListener() {
    for (String app : APPS) {
      assertThat(compose.environment(app))
          .as(app)
          .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
    }
    assertThat(compose.environment("kafka-topics"))
        .containsEntry("BOOTSTRAP_SERVERS", "kafka:9092");
    assertThat(compose.environment("kafka-ui"))
        .containsEntry("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS", "kafka:9092");
  }

  @Test
  void appsStartOnlyOnceTheTopicsExist() {
    for (String app : APPS) {
      assertThat(Yamls.at(compose.service(app), "depends_on", "kafka-topics", "condition"))
          .as(app)
          .isEqualTo("service_completed_successfully");
    }
    assertThat(Yamls.at(compose.service("kafka-topics"), "depends_on", "kafka", "condition"))
        .isEqualTo("service_healthy");
    assertThat(compose.service("kafka-topics").get("restart")).isEqualTo("no");
  }

  @Test
  void workersScaleOutWithoutClashingHostPorts() {
    Object replicas = Yamls.at(compose.service("worker"), "deploy", "replicas");

    assertThat(replicas).isInstanceOf(Integer.class);
    assertThat((Integer) replicas).isGreaterThanOrEqualTo(3);
    assertThat(compose.ports("worker")).isEmpty();
    assertThat(compose.service("worker")).doesNotContainKey("container_name");
    // Each worker derives its STS share from the partitions it owns: no instance count to keep.
    assertThat(compose.environment("worker")).doesNotContainKey("WORKER_STS_INSTANCES");
  }

  @Test
  void workerCallsTheEmulatorInsteadOfAlibabaCloud() {
    String emulatorIp =
        String.valueOf(
            Yamls.at(compose.service("cloud-emulator"), "networks", "storage", "ipv4_address"));
    String subnet =
        String.valueOf(
            Yamls.map(Yamls.list(Yamls.at(compose.network("storage"), "ipam", "config")).get(0))
                .get("subnet"));
    String port = containerPortOf("cloud-emulator", "9000");
    Map<String, String> env = compose.environment("worker");

    // An IP, not a host name: only then does the OSS SDK address buckets path-style.
    assertThat(emulatorIp).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    assertThat(emulatorIp).startsWith(subnet.substring(0, subnet.lastIndexOf('.') + 1));
    assertThat(env)
        .containsEntry("WORKER_STS_ENDPOINT", emulatorIp + ":" + port)
        .containsEntry("WORKER_STS_SCHEME", "HTTP")
        .containsEntry("WORKER_OSS_ENDPOINT_TEMPLATE", "http://" + emulatorIp + ":" + port)
        // Plain HTTP to a non-loopback host must be allowed explicitly, for the emulator alone.
        .containsEntry("WORKER_CLOUD_INSECURE_HTTP_HOSTS", emulatorIp)
        .containsKeys("WORKER_PLATFORM_ACCESS_KEY_ID", "WORKER_PLATFORM_ACCESS_KEY_SECRET");
    assertThat(compose.service("cloud-emulator").get("command").toString())
        .contains("--host, 0.0.0.0", "--port, " + port, "--seed, classpath:seeds/demo.yaml");
  }

  @Test
  void producerHandsOutTheIdentityTheWorkerSignsAs() {
    Map<String, String> producer = compose.environment("producer");
    Map<String, String> worker = compose.environment("worker");
    String principal = producer.get("STORAGE_INTEGRATIONS_PLATFORM_PRINCIPAL_ARN");

    assertThat(worker.get("WORKER_PLATFORM_PRINCIPAL")).isEqualTo(principal);
    assertThat(principal)
        .contains(":" + defaultOf(producer.get("STORAGE_INTEGRATIONS_PLATFORM_ACCOUNT_ID")) + ":");
    // The demo seed's platform user, so that `docker compose up` validates out of the box.
    assertThat(
            ComposeFile.readText(
                RepoRoot.path("cloud-emulator/src/main/resources/seeds/demo.yaml")))
        .contains(defaultOf(worker.get("WORKER_PLATFORM_ACCESS_KEY_ID")))
        .contains(defaultOf(worker.get("WORKER_PLATFORM_ACCESS_KEY_SECRET")));
  }

  @Test
  void publishedHostPortsAreUnique() {
    List<String> hostPorts = new ArrayList<>();
    for (String service : compose.services().keySet()) {
      compose.ports(service).forEach(mapping -> hostPorts.add(mapping.split(":")[0]));
    }

    assertThat(hostPorts).doesNotHaveDuplicates().contains("8080", "19092", "9090", "3000");
  }

  /** The default of a {@code ${VAR:-default}} interpolation. */
  private static String defaultOf(String value) {
    int dash = value.indexOf(":-");
    return dash < 0 ? value : value.substring(dash + 2, value.lastIndexOf('}'));
  }

  private String containerPortOf(String service, String hostPort) {
    return compose.ports(service).stream()
        .filter(mapping -> mapping.startsWith(hostPort + ":"))
        .map(mapping -> mapping.split(":")[1])
        .findFirst()
        .orElseThrow(() -> new AssertionError(service + " does not publish " + hostPort));
  }
}
