package io.storageintegrations.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What operators rely on in docker-compose.yml: pinned images, app healthchecks, Compose v2. */
class ComposeOperationsTests {

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void everyImageIsPinnedToAVersionTag() {
    for (String service : compose.services().keySet()) {
      String image = String.valueOf(compose.service(service).get("image"));
      String tag = image.substring(image.lastIndexOf(':') + 1);

      assertThat(image).as(service).contains(":");
      assertThat(tag)
          .as(service + " image " + image)
          .isNotIn("latest", "main", "master", "edge")
          .satisfiesAnyOf(
              t -> assertThat(t).matches("v?\\d+\\.\\d+\\.\\d+.*"),
              // Built here from this checkout.
              t -> assertThat(t).isEqualTo("local"));
    }
  }

  @Test
  void appsHaveHealthchecksOnTheirManagementPort() {
    for (String app : List.of("producer", "worker")) {
      Map<String, Object> healthcheck = Yamls.map(compose.service(app).get("healthcheck"));
      String port = compose.environment(app).get("MANAGEMENT_SERVER_PORT");

      assertThat(
              String.join(
                  " ", Yamls.list(healthcheck.get("test")).stream().map(String::valueOf).toList()))
          .as(app)
          .contains("/dev/tcp/127.0.0.1/" + port, "GET /actuator/health ", "\"status\":\"UP\"");
      assertThat(healthcheck)
          .as(app)
          .containsKeys("interval", "timeout", "start_period", "retries");
    }
  }

  @Test
  void composeV2IsRequiredAndSaidSo() {
    String file = ComposeFile.readText(RepoRoot.path("docker-compose.yml"));

    // The top-level name: is Compose v2 only; the header and the docs say so.
    assertThat(file).contains("\nname: storage-integrations\n").contains("Docker Compose v2");
    assertThat(ComposeFile.readText(RepoRoot.path("README.md"))).contains("Compose v2");
    assertThat(ComposeFile.readText(RepoRoot.path("docs/deployment.md"))).contains("Compose v2");
  }

  @Test
  void prometheusLoadsTheAlertRulesMountedNextToItsConfig() {
    Map<String, Object> config = Yamls.read(RepoRoot.path("deploy/prometheus/prometheus.yml"));

    assertThat(Yamls.list(config.get("rule_files"))).containsExactly("alerts.yml");
    assertThat(compose.mountTarget("prometheus", "./deploy/prometheus/alerts.yml"))
        .isEqualTo("/etc/prometheus/alerts.yml");
  }
}
