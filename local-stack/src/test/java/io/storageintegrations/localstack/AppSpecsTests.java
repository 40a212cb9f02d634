package io.storageintegrations.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.localstack.cloud.LocalCloud;
import io.storageintegrations.testsupport.process.AppSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the local stack hands the two apps: loopback binds, the local profile, no key in sight. */
class AppSpecsTests {

  @TempDir static Path apps;
  private static LocalCloud cloud;
  private final StackOptions options = StackOptions.parse("--producer-port", "18080");

  @BeforeAll
  static void fakeJarsAndCloud() throws IOException {
    Files.createFile(apps.resolve("producer.jar"));
    Files.createFile(apps.resolve("worker.jar"));
    System.setProperty("localstack.apps.dir", apps.toString());
    cloud = LocalCloud.start(0);
  }

  @AfterAll
  static void cleanUp() {
    System.clearProperty("localstack.apps.dir");
    cloud.close();
  }

  @Test
  void bothAppsListenOnLoopbackWithActuatorOnItsOwnPort() {
    AppSpec producer = AppSpecs.producer(options, cloud);
    AppSpec worker = AppSpecs.worker(options, cloud);

    assertThat(producer.arguments())
        .contains(
            "--server.address=127.0.0.1",
            "--server.port=18080",
            "--management.server.address=127.0.0.1",
            "--management.server.port=18180");
    assertThat(producer.healthUrl()).isEqualTo("http://127.0.0.1:18180/actuator/health");
    assertThat(worker.arguments())
        .contains(
            "--server.address=127.0.0.1",
            "--server.port=8081",
            "--management.server.address=127.0.0.1",
            "--management.server.port=8181");
  }

  @Test
  void theProducerRunsTheLocalProfileSoItsDemoKeysAreAccepted() {
    AppSpec producer = AppSpecs.producer(options, cloud);

    assertThat(producer.arguments()).contains("--spring.profiles.active=local");
    assertThat(producer.arguments()).noneMatch(a -> a.contains("api-keys"));
    assertThat(producer.environment()).containsOnlyKeys("VENDING_TOKEN");
  }

  @Test
  void vendingListensOnLoopbackAndItsTokenTravelsOnlyInTheEnvironment() {
    AppSpec producer = AppSpecs.producer(options, cloud);
    AppSpec worker = AppSpecs.worker(options, cloud);

    assertThat(worker.arguments())
        .contains(
            "--worker.vending.enabled=true",
            "--worker.vending.address=127.0.0.1",
            "--worker.vending.port=8281");
    assertThat(producer.arguments())
        .contains("--storage-integrations.vending.worker-url=http://127.0.0.1:8281");
    String token = worker.environment().get("WORKER_VENDING_TOKEN");
    assertThat(token).hasSizeGreaterThanOrEqualTo(32);
    assertThat(producer.environment()).containsEntry("VENDING_TOKEN", token);
    assertThat(worker.arguments()).noneMatch(a -> a.contains(token));
    assertThat(producer.arguments()).noneMatch(a -> a.contains(token));
  }
}
