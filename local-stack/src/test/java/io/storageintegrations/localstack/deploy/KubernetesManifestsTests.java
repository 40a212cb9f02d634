package io.storageintegrations.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.localstack.compose.RepoRoot;
import io.storageintegrations.localstack.compose.Yamls;
import io.storageintegrations.model.topic.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders deploy/k8s with {@code kubectl kustomize}, validates every object against its Kubernetes
 * schema (CRDs included) and checks what operators rely on.
 */
class KubernetesManifestsTests {

  private static final List<String> APPS = List.of("worker", "producer");

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void everyAppIsProbedOnTheManagementPortPrometheusScrapes(String directory) {
    Kustomize rendered = Kustomize.render(directory);
    for (String app : APPS) {
      Map<String, Object> deployment = rendered.get("Deployment", app);
      Map<String, Object> container = Kustomize.container(deployment);
      Map<String, String> env = Kustomize.env(container);
      String managementPort = env.get("MANAGEMENT_SERVER_PORT");
      Map<String, Object> annotations =
          Yamls.map(Yamls.at(deployment, "spec", "template", "metadata", "annotations"));

      assertThat(managementPort).as(app).isNotBlank();
      assertThat(env).as(app).containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
      assertThat(Yamls.list(container.get("ports")))
          .as(app)
          .contains(Map.of("name", "management", "containerPort", Integer.valueOf(managementPort)));
      assertThat(annotations)
          .as(app)
          .containsEntry("prometheus.io/scrape", "true")
          .containsEntry("prometheus.io/port", managementPort)
          .containsEntry("prometheus.io/path", "/actuator/prometheus");
      for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
        Map<String, Object> get = Yamls.map(Yamls.at(container, probe, "httpGet"));
        assertThat(get).as(app + " " + probe).containsEntry("port", "management");
        assertThat((String) get.get("path"))
            .as(app + " " + probe)
            .isEqualTo(
                probe.equals("readinessProbe")
                    ? "/actuator/health/readiness"
                    : "/actuator/health/liveness");
      }
      assertThat(Yamls.at(container, "resources", "requests", "cpu")).as(app).isNotNull();
      assertThat(Yamls.at(container, "resources", "requests", "memory")).as(app).isNotNull();
      assertThat(Yamls.at(container, "resources", "limits", "memory"))
          .as(app + ": memory limit = request, so the JVM's MaxRAMPercentage means something")
          .isEqualTo(Yamls.at(container, "resources", "requests", "memory"));
      assertThat(
              Yamls.list(
                  Yamls.at(deployment, "spec", "template", "spec", "topologySpreadConstraints")))
          .as(app)
          .hasSize(2);
      assertThat(
              Yamls.at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
          .as(app)
          .isEqualTo(true);
    }
  }

  @ParameterizedTest
  @MethodSource("kustomizations")
  void everyRenderedObjectMatchesTheSchemaOfItsKindCrdsIncluded(String directory) {
    Kustomize rendered = Kustomize.render(directory);

    KubernetesSchemas.Report report = KubernetesSchemas.validate(rendered.all());

    assertThat(report.problems()).as(directory).isEmpty();
    assertThat(report.validated()).as(directory).isEqualTo(rendered.all().size());
  }

  /** The base and every overlay: an overlay added later is validated too. */
  static List<String> kustomizations() throws IOException {
    try (Stream<Path> overlays = Files.list(RepoRoot.path("deploy/k8s/overlays"))) {
      return Stream.concat(
              Stream.of("base"),
              overlays.filter(Files::isDirectory).map(dir -> "overlays/" + dir.getFileName()))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void everyAppHasADisruptionBudgetThatLetsOnePodGo(String directory) {
    Kustomize rendered = Kustomize.render(directory);
    for (String app : APPS) {
      Map<String, Object> deployment = rendered.get("Deployment", app);
      Map<String, Object> budget = rendered.get("PodDisruptionBudget", app);
      int replicas = (Integer) Yamls.at(deployment, "spec", "replicas");
      Map<String, Object> podLabels =
          Yamls.map(Yamls.at(deployment, "spec", "template", "metadata", "labels"));
      Map<String, Object> selected = Yamls.map(Yamls.at(budget, "spec", "selector", "matchLabels"));

      assertThat(podLabels).as(app).containsAllEntriesOf(selected);
      assertThat(selected).as(app).isNotEmpty();
      assertThat(replicas).as(app + " replicas").isGreaterThan(1);
      Object minAvailable = Yamls.at(budget, "spec", "minAvailable");
      Object maxUnavailable = Yamls.at(budget, "spec", "maxUnavailable");
      assertThat(
              minAvailable == null ? (Integer) maxUnavailable : replicas - (Integer) minAvailable)
          .as(app + ": a drain can evict at least one pod")
          .isPositive();
    }
  }

  @Test
  void thePlatformSecretIsAMountedFileNeverAnEnvironmentValue() {
    Map<String, Object> worker = Kustomize.render("base").get("Deployment", "worker");
    Map<String, Object> container = Kustomize.container(worker);
    String secretFile = Kustomize.env(container).get("WORKER_PLATFORM_ACCESS_KEY_SECRET_FILE");
    Map<String, Object> mount =
        Yamls.list(container.get("volumeMounts")).stream()
            .map(Yamls::map)
            .filter(m -> secretFile.startsWith(m.get("mountPath") + "/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing mounted at " + secretFile));
    Map<String, Object> volume =
        Yamls.list(Yamls.at(worker, "spec", "template", "spec", "volumes")).stream()
            .map(Yamls::map)
            .filter(v -> v.get("name").equals(mount.get("name")))
            .findFirst()
            .orElseThrow();

    assertThat(Kustomize.env(container)).doesNotContainKey("WORKER_PLATFORM_ACCESS_KEY_SECRET");
    assertThat(Yamls.at(volume, "secret", "secretName")).isEqualTo("storage-integrations-platform");
    assertThat(secretFile).endsWith("/access-key-secret");
    assertThat(mount).containsEntry("readOnly", true);
  }

  @Test
  void onlyWorkersReachTheCloudAndOnlyTheProducerIsExposed() {
    Kustomize rendered = Kustomize.render("overlays/production");
    Map<String, Object> worker = rendered.get("NetworkPolicy", "worker");
    Map<String, Object> producer = rendered.get("NetworkPolicy", "producer");

    assertThat(egressPorts(worker)).contains(443, 9092, 53);
    assertThat(egressPorts(producer)).contains(9092, 53).doesNotContain(443);
    assertThat(ingressPorts(worker)).containsExactlyInAnyOrder("management", "vending");
    assertThat(ingressPorts(producer)).containsExactlyInAnyOrder("http", "management");
    for (Map<String, Object> policy : List.of(worker, producer)) {
      assertThat(Yamls.list(Yamls.at(policy, "spec", "policyTypes")))
          .containsExactlyInAnyOrder("Ingress", "Egress");
    }
    assertThat(rendered.ofKind("Service"))
        .extracting(service -> Yamls.at(service, "metadata", "name"))
        .containsExactlyInAnyOrder("producer", "worker-vending");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void theWorkersVendingEndpointIsInternalAndOnlyProducerPodsReachIt(String directory) {
    Kustomize rendered = Kustomize.render(directory);
    Map<String, Object> worker = rendered.get("Deployment", "worker");
    Map<String, Object> workerContainer = Kustomize.container(worker);
    Map<String, String> workerEnv = Kustomize.env(workerContainer);
    Map<String, Object> service = rendered.get("Service", "worker-vending");
    Map<String, Object> servicePort =
        Yamls.map(Yamls.list(Yamls.at(service, "spec", "ports")).get(0));

    // The worker serves it on the pod's address, on a named container port the Service targets.
    assertThat(workerEnv)
        .as(directory)
        .containsEntry("WORKER_VENDING_ENABLED", "true")
        .containsEntry("WORKER_VENDING_ADDRESS", "0.0.0.0");
    assertThat(Yamls.list(workerContainer.get("ports")))
        .as(directory)
        .contains(
            Map.of(
                "name",
                "vending",
                "containerPort",
                Integer.valueOf(workerEnv.get("WORKER_VENDING_PORT"))));
    assertThat(Yamls.at(service, "spec", "type")).as("internal only").isEqualTo("ClusterIP");
    assertThat(Yamls.list(Yamls.at(service, "spec", "ports"))).hasSize(1);
    assertThat(servicePort).containsEntry("targetPort", "vending").doesNotContainKey("nodePort");
    assertThat(Yamls.map(Yamls.at(service, "spec", "selector")))
        .isEqualTo(Yamls.map(Yamls.at(worker, "spec", "selector", "matchLabels")));
    assertThat(rendered.ofKind("Ingress")).isEmpty();

    // The producer is pointed at that Service and port.
    String workerUrl =
        (String)
            Yamls.at(
                rendered.get("ConfigMap", "storage-integrations-producer"),
                "data",
                "STORAGE_INTEGRATIONS_VENDING_WORKER_URL");
    assertThat(workerUrl).isEqualTo("http://worker-vending:" + servicePort.get("port"));

    // One Secret for the token, referenced from the environment of both apps.
    Map<String, Object> workerToken = secretRef(workerContainer, "WORKER_VENDING_TOKEN");
    Map<String, Object> producerToken =
        secretRef(Kustomize.container(rendered.get("Deployment", "producer")), "VENDING_TOKEN");
    assertThat(workerToken)
        .isEqualTo(producerToken)
        .isEqualTo(Map.of("name", "storage-integrations-vending", "key", "token"));
    for (Map<String, Object> configMap : rendered.ofKind("ConfigMap")) {
      assertThat(Yamls.map(configMap.get("data")).keySet())
          .as("no token in a ConfigMap")
          .noneMatch(key -> key.contains("TOKEN"));
    }

    // Ingress to the vending port: producer pods of this namespace, nothing else.
    List<Map<String, Object>> vendingRules =
        Yamls.list(Yamls.at(rendered.get("NetworkPolicy", "worker"), "spec", "ingress")).stream()
            .map(Yamls::map)
            .filter(
                rule ->
                    Yamls.list(rule.get("ports")).stream()
                        .anyMatch(port -> "vending".equals(Yamls.map(port).get("port"))))
            .toList();
    assertThat(vendingRules).as(directory).hasSize(1);
    assertThat(Yamls.list(vendingRules.get(0).get("ports"))).hasSize(1);
    assertThat(Yamls.list(vendingRules.get(0).get("from")))
        .as("a pod selector alone: no namespaceSelector, no ipBlock")
        .containsExactly(
            Map.of(
                "podSelector",
                Map.of("matchLabels", Map.of("app.kubernetes.io/name", "producer"))));
    assertThat(
            Yamls.map(
                Yamls.at(
                    rendered.get("Deployment", "producer"),
                    "spec",
                    "template",
                    "metadata",
                    "labels")))
        .containsEntry("app.kubernetes.io/name", "producer");
    // And the producer may go there.
    assertThat(
            Yamls.list(Yamls.at(rendered.get("NetworkPolicy", "producer"), "spec", "egress"))
                .stream()
                .map(Yamls::map)
                .filter(rule -> rule.containsKey("to")))
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(Yamls.list(rule.get("to")))
                  .containsExactly(
                      Map.of(
                          "podSelector",
                          Map.of("matchLabels", Map.of("app.kubernetes.io/name", "worker"))));
              assertThat(Yamls.list(rule.get("ports")))
                  .containsExactly(Map.of("port", 8082, "protocol", "TCP"));
            });
  }

  private static Map<String, Object> secretRef(Map<String, Object> container, String variable) {
    return Yamls.list(container.get("env")).stream()
        .map(Yamls::map)
        .filter(entry -> variable.equals(entry.get("name")))
        .findFirst()
        .map(entry -> Yamls.map(Yamls.at(entry, "valueFrom", "secretKeyRef")))
        .orElseThrow(() -> new AssertionError("no " + variable + " in the environment"));
  }

  @Test
  void productionHasItsNamespaceTopicsAutoscalingAndPodMonitors() {
    Kustomize rendered = Kustomize.render("overlays/production");
    Map<String, Object> scaler = rendered.get("ScaledObject", "worker");
    List<Map<String, Object>> topics = rendered.ofKind("KafkaTopic");
    String bootstrap =
        (String)
            Yamls.at(
                rendered.get("ConfigMap", "storage-integrations-kafka"),
                "data",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS");

    for (Map<String, Object> object : rendered.all()) {
      if (!"Namespace".equals(object.get("kind"))) {
        assertThat(Yamls.at(object, "metadata", "namespace"))
            .as(object.get("kind") + "/" + Yamls.at(object, "metadata", "name"))
            .isEqualTo("storage-integrations");
      }
    }
    assertThat(topics)
        .extracting(topic -> Yamls.at(topic, "metadata", "name"))
        .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    assertThat(Yamls.at(rendered.get("KafkaTopic", Topics.REGISTRY), "spec", "config"))
        .isEqualTo(Map.of("cleanup.policy", "compact", "min.insync.replicas", 2));
    assertThat(Yamls.at(rendered.get("KafkaTopic", Topics.PRODUCER_LEDGER), "spec", "config"))
        .as("the ledger is kept forever, never compacted")
        .isEqualTo(Map.of("retention.ms", -1, "min.insync.replicas", 2));
    assertThat(Yamls.at(scaler, "spec", "scaleTargetRef", "name")).isEqualTo("worker");
    assertThat((Integer) Yamls.at(scaler, "spec", "maxReplicaCount"))
        .as("no more workers than request partitions")
        .isLessThanOrEqualTo(
            (Integer) Yamls.at(rendered.get("KafkaTopic", Topics.REQUESTS), "spec", "partitions"));
    assertThat(Yamls.list(Yamls.at(scaler, "spec", "triggers")))
        .extracting(trigger -> Yamls.map(Yamls.map(trigger).get("metadata")))
        .allSatisfy(
            metadata ->
                assertThat(metadata)
                    // worker.intake.group-id's default (IntakeProperties)
                    .containsEntry("consumerGroup", "storage-integrations-worker")
                    .containsEntry("bootstrapServers", bootstrap))
        .extracting(metadata -> metadata.get("topic"))
        .containsExactlyInAnyOrder(Topics.REQUESTS, Topics.REQUESTS_BACKGROUND);
    assertThat(
            Yamls.map(
                Yamls.list(
                        Yamls.at(
                            rendered.get("PodMonitor", "storage-integrations"),
                            "spec",
                            "podMetricsEndpoints"))
                    .get(0)))
        .containsEntry("port", "management")
        .containsEntry("path", "/actuator/prometheus");
  }

  @Test
  void workerAndProducerNameTheSamePlatformPrincipal() {
    for (String directory : List.of("base", "overlays/production")) {
      Kustomize rendered = Kustomize.render(directory);
      Object worker =
          Yamls.at(
              rendered.get("ConfigMap", "storage-integrations-worker"),
              "data",
              "WORKER_PLATFORM_PRINCIPAL");
      Object producer =
          Yamls.at(
              rendered.get("ConfigMap", "storage-integrations-producer"),
              "data",
              "STORAGE_INTEGRATIONS_PLATFORM_PRINCIPAL_ARN");

      assertThat(worker).as(directory).isNotNull().isEqualTo(producer);
    }
  }

  private static List<Object> egressPorts(Map<String, Object> policy) {
    return ports(policy, "egress");
  }

  private static List<Object> ingressPorts(Map<String, Object> policy) {
    return ports(policy, "ingress");
  }

  private static List<Object> ports(Map<String, Object> policy, String direction) {
    return Yamls.list(Yamls.at(policy, "spec", direction)).stream()
        .flatMap(rule -> Yamls.list(Yamls.map(rule).get("ports")).stream())
        .map(port -> Yamls.map(port).get("port"))
        .toList();
  }
}
