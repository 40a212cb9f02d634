package io.storageintegrations.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.localstack.compose.RepoRoot;
import io.storageintegrations.localstack.compose.Yamls;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus/alerts.yml: valid for promtool, its unit tests (alerts.test.yml) pass, and
 * every alert tells the operator what to do. That the metric names exist is checked against a real
 * scrape in the worker's MetricsExportIT.
 */
class AlertRulesTests {

  private static final String DIR = RepoRoot.path("deploy/prometheus").toString();

  @Test
  void promtoolAcceptsTheRulesAndThePrometheusConfig() {
    Tool.assumeInstalled("promtool");
    Tool.Result rules = Tool.run("promtool", "check", "rules", DIR + "/alerts.yml");
    Tool.Result config =
        Tool.run("promtool", "check", "config", "--syntax-only", DIR + "/prometheus.yml");

    assertThat(rules.exitCode()).as(rules.output()).isZero();
    assertThat(config.exitCode()).as(config.output()).isZero();
  }

  @Test
  void everyAlertFiresInItsUnitTestAndStaysQuietOnHealthySeries() {
    Tool.assumeInstalled("promtool");
    Tool.Result result = Tool.run("promtool", "test", "rules", DIR + "/alerts.test.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS");
  }

  @Test
  void everyAlertHasASeverityASummaryARunbookAndAUnitTest() throws IOException {
    String tests = Files.readString(RepoRoot.path("deploy/prometheus/alerts.test.yml"));
    List<Map<String, Object>> alerts =
        Yamls.list(Yamls.read(RepoRoot.path("deploy/prometheus/alerts.yml")).get("groups")).stream()
            .flatMap(group -> Yamls.list(Yamls.map(group).get("rules")).stream())
            .map(Yamls::map)
            .toList();

    assertThat(alerts).hasSizeGreaterThanOrEqualTo(8);
    for (Map<String, Object> alert : alerts) {
      String name = (String) alert.get("alert");
      assertThat(Yamls.at(alert, "labels", "severity")).as(name).isIn("warning", "critical");
      assertThat((String) Yamls.at(alert, "annotations", "summary")).as(name).isNotBlank();
      assertThat((String) Yamls.at(alert, "annotations", "runbook"))
          .as(name)
          .hasSizeGreaterThan(40);
      assertThat(tests)
          .as(name + " has a firing case in alerts.test.yml")
          .contains("alertname: " + name + "\n        exp_alerts:\n          - ");
    }
  }
}
