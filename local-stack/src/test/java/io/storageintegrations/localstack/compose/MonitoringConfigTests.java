package io.storageintegrations.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MonitoringConfigTests {

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void prometheusScrapesEveryAppOnItsManagementPort() {
    Map<String, Object> config = Yamls.read(RepoRoot.path("deploy/prometheus/prometheus.yml"));
    Map<String, Object> producer = job(config, "producer");
    Map<String, Object> worker = job(config, "worker");
    String producerPort = compose.environment("producer").get("MANAGEMENT_SERVER_PORT");
    String workerPort = compose.environment("worker").get("MANAGEMENT_SERVER_PORT");

    assertThat(producer).containsEntry("metrics_path", "/actuator/prometheus");
    assertThat(Yamls.map(Yamls.list(producer.get("static_configs")).get(0)).get("targets"))
        .isEqualTo(List.of("producer:" + producerPort));
    // One DNS A record per worker replica, so every replica is scraped.
    Map<String, Object> dns = Yamls.map(Yamls.list(worker.get("dns_sd_configs")).get(0));
    assertThat(worker).containsEntry("metrics_path", "/actuator/prometheus");
    assertThat(dns.get("names")).isEqualTo(List.of("worker"));
    assertThat(String.valueOf(dns.get("port"))).isEqualTo(workerPort);
    for (String app : List.of("producer", "worker")) {
      Map<String, String> env = compose.environment(app);
      assertThat(env.get("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE")).contains("prometheus");
      // The management port is separate from the API and never published to the host.
      assertThat(env.get("MANAGEMENT_SERVER_PORT")).isNotEqualTo(env.get("SERVER_PORT"));
      assertThat(env).containsEntry("MANAGEMENT_SERVER_ADDRESS", "0.0.0.0");
      assertThat(compose.ports(app))
          .noneMatch(p -> p.endsWith(":" + env.get("MANAGEMENT_SERVER_PORT")));
    }
    assertThat(compose.mountTarget("prometheus", "./deploy/prometheus/prometheus.yml"))
        .isEqualTo("/etc/prometheus/prometheus.yml");
  }

  @Test
  void grafanaIsProvisionedWithPrometheusAndTheDashboard() {
    Map<String, Object> datasource =
        Yamls.map(
            Yamls.list(
                    Yamls.read(
                            RepoRoot.path("deploy/grafana/provisioning/datasources/prometheus.yml"))
                        .get("datasources"))
                .get(0));
    Map<String, Object> provider =
        Yamls.map(
            Yamls.list(
                    Yamls.read(
                            RepoRoot.path("deploy/grafana/provisioning/dashboards/dashboards.yml"))
                        .get("providers"))
                .get(0));
    String dashboardTarget =
        compose.mountTarget("grafana", "./deploy/grafana/dashboards/storage-integrations.json");

    assertThat(datasource).containsEntry("url", "http://prometheus:9090");
    assertThat(dashboardTarget).startsWith(Yamls.at(provider, "options", "path") + "/");
  }

  @Test
  void theDashboardShowsWhatOperatorsWatch() {
    JsonNode dashboard =
        JsonMapper.builder()
            .build()
            .readTree(
                ComposeFile.readText(
                    RepoRoot.path("deploy/grafana/dashboards/storage-integrations.json")));
    String queries = dashboard.get("panels").findValuesAsString("expr").toString();
    String titles = dashboard.get("panels").findValuesAsString("title").toString();

    assertThat(dashboard.get("uid").asString()).isEqualTo("storage-integrations");
    assertThat(titles)
        .contains("by outcome", "by reason", "latency", "lag", "Retries", "Dead letters");
    assertThat(queries)
        .contains("by (type)", "reason", "histogram_quantile", "records_lag", "retries", "dead");
  }

  @Test
  void lagHasOneSeriesPerTopicHeapAndCpuHaveTheirOwnAxesAndTheApiHasPanels() {
    JsonNode panels =
        JsonMapper.builder()
            .build()
            .readTree(
                ComposeFile.readText(
                    RepoRoot.path("deploy/grafana/dashboards/storage-integrations.json")))
            .get("panels");
    Map<String, String> exprByTitle = new java.util.LinkedHashMap<>();
    for (JsonNode panel : panels) {
      exprByTitle.put(
          panel.get("title").asString(),
          panel.get("targets").findValuesAsString("expr").toString());
    }

    // Kafka reports each topic twice (dots, and dots replaced by underscores): keep the dotted one.
    assertThat(exprByTitle.get("Consumer lag by topic"))
        .contains("topic=~\"storage-integrations\\\\..+\"");
    assertThat(exprByTitle.get("Worker JVM heap")).contains("jvm_memory").doesNotContain("cpu");
    assertThat(exprByTitle.get("Worker CPU")).contains("process_cpu_usage").doesNotContain("jvm");
    assertThat(exprByTitle.get("API requests by status"))
        .contains("http_server_requests_seconds_count{job=\"producer\"", "by (status)");
    assertThat(exprByTitle.get("API latency p99 by route"))
        .contains("http_server_requests_seconds_bucket");
    assertThat(exprByTitle.get("Registry integrations by state"))
        .contains("storage_integrations_registry_integrations");
    assertThat(exprByTitle.get("Open status streams and waits"))
        .contains("storage_integrations_registry_listeners");
  }

  private static Map<String, Object> job(Map<String, Object> config, String name) {
    return Yamls.list(config.get("scrape_configs")).stream()
        .map(Yamls::map)
        .filter(job -> name.equals(job.get("job_name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("prometheus does not scrape " + name));
  }
}
