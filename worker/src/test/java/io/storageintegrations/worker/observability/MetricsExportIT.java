package io.storageintegrations.worker.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.cloud.CloudOperation;
import io.storageintegrations.worker.validation.TestCloud;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh worker's {@code /actuator/prometheus}: every series the Grafana dashboard and the alert
 * rules read exists before the first request, so panels read 0 instead of "No data".
 */
@WithKafkaBroker
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "worker.intake.group-id=metrics-export-it",
      "management.server.port=0",
      // What the local-stack launcher passes to tell its own child from another app on the port.
      "management.info.env.enabled=true",
      "info.local-stack.launch=launch-token-1",
      // The dashboard's vending panels read its meters.
      "worker.vending.enabled=true",
      "worker.vending.port=0",
      "worker.vending.token=metrics-export-it-token-0123456789abcdef"
    })
class MetricsExportIT {

  private static final Pattern WORKER_METRIC =
      Pattern.compile("\\b((?:worker|kafka_consumer|kafka_producer|jvm|process)_[a-z_]+)\\b");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalManagementPort int managementPort;

  @DynamicPropertySource
  static void cloud(DynamicPropertyRegistry registry) {
    KafkaBroker.createTopics(3, Topics.REQUESTS, Topics.EVENTS, Topics.REQUESTS_DLT);
    registry.add("spring.kafka.bootstrap-servers", KafkaBroker::bootstrapServers);
    registry.add("worker.platform.access-key-id", () -> TestCloud.PLATFORM_KEY_ID);
    registry.add("worker.platform.access-key-secret", () -> TestCloud.PLATFORM_SECRET);
    registry.add("worker.platform.principal", () -> TestCloud.PRINCIPAL);
    registry.add("worker.sts.endpoint", TestCloud.emulator()::stsEndpoint);
    registry.add("worker.sts.scheme", () -> "HTTP");
    registry.add("worker.oss.endpoint-template", TestCloud.emulator()::ossEndpoint);
  }

  @Test
  void countersOfEveryKnownReasonAndOperationStartAtZero() {
    String scrape = awaitScrapeContaining("kafka_consumer_fetch_manager_records_lag");

    for (CloudOperation operation : CloudOperation.values()) {
      assertThat(scrape)
          .contains("worker_cloud_retries_total{operation=\"" + operation.name() + "\"} 0.0");
    }
    for (ErrorReason reason : ErrorReason.values()) {
      assertThat(scrape)
          .contains("worker_outcomes_total{reason=\"" + reason.name() + "\",type=\"errored\"} 0.0");
    }
    for (String reason : new String[] {"BAD_PAYLOAD", "OVERSIZE", "WORKER_FAILURE"}) {
      assertThat(scrape)
          .contains("worker_requests_dead_lettered_total{reason=\"" + reason + "\"} 0.0");
    }
  }

  @Test
  void latencyHistogramsAndBrokerHealthAreExported() {
    String scrape = awaitScrapeContaining("worker_cloud_calls_seconds_bucket");

    assertThat(scrape)
        .contains(
            "worker_cloud_calls_seconds_bucket{operation=\"ASSUME_ROLE\",outcome=\"success\",le=")
        .contains("worker_sts_quota_wait_seconds_bucket{le=")
        .contains("worker_health{component=\"broker\"} 1.0")
        .contains("worker_health{component=\"intake\"}");
  }

  @Test
  void everyWorkerMetricTheDashboardAndTheAlertsReadIsExported() throws IOException {
    // Lag series exist once the consumer has fetched from its assigned partitions.
    String scrape = awaitScrapeContaining("kafka_consumer_fetch_manager_records_lag{");
    Set<String> exported = new TreeSet<>();
    scrape
        .lines()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .forEach(line -> exported.add(line.split("[{ ]", 2)[0]));
    Set<String> read = new TreeSet<>();
    read.addAll(metricNames(Path.of("../deploy/prometheus/alerts.yml")));
    read.addAll(metricNames(Path.of("../deploy/grafana/dashboards/storage-integrations.json")));

    assertThat(read).contains("worker_health", "kafka_producer_record_error_total");
    assertThat(exported).containsAll(read);
  }

  @Test
  void theLaunchTokenTheLocalStackPassesIsAnsweredOnInfo() throws Exception {
    HttpResponse<String> info =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/actuator/info"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(info.statusCode()).isEqualTo(200);
    assertThat(info.body()).contains("launch-token-1");
  }

  private static Set<String> metricNames(Path file) throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher matcher = WORKER_METRIC.matcher(Files.readString(file));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private String awaitScrapeContaining(String text) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(this::scrape, body -> body.contains(text));
  }

  private String scrape() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
