package io.storageintegrations.worker.validation;

import static io.storageintegrations.worker.validation.TestCloud.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.ValidationOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thousands of validations leave threads and sockets where they were: the SDK clients are shared
 * and pooled, nothing is opened per validation.
 */
class ClientLeakIT {

  private static final int WARM_UP = 200;
  private static final int VALIDATIONS = 2000;
  private static final int CONCURRENCY = 20;

  @Test
  void thousandsOfValidationsLeakNoThreadsAndNoSockets() throws Exception {
    TestCloud.emulator().resetRuntime();
    TestCloud.emulator().applySeed("settings: {assumeRoleRatePerSecond: 0}");
    try (TestCloud.Engine cloud = new TestCloud.Engine(TestCloud.Settings.defaults())) {
      run(cloud, WARM_UP);
      int threadsBefore = Thread.activeCount();
      long socketsBefore = openSockets();

      List<ValidationOutcome> outcomes = run(cloud, VALIDATIONS);

      assertThat(outcomes.stream().filter(o -> o instanceof IntegrationValidated).count())
          .isEqualTo(VALIDATIONS);
      assertThat(cloud.oss.openClients()).isEqualTo(1);
      // Pools may still grow up to three calls per validation in flight; anything opened per
      // validation would add thousands. Sockets are counted for the whole test JVM, where the
      // broker's and the emulator's connections come and go beside the SDKs' (CI saw 54 more under
      // load), so their allowance is a tenth of one per validation: a leak still fails by far.
      assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 3 * CONCURRENCY);
      assertThat(openSockets()).isLessThanOrEqualTo(socketsBefore + VALIDATIONS / 10);
    }
  }

  private static List<ValidationOutcome> run(TestCloud.Engine cloud, int count) {
    List<ValidationOutcome> outcomes = new ArrayList<>();
    for (int done = 0; done < count; done += CONCURRENCY) {
      List<CompletableFuture<ValidationOutcome>> batch = new ArrayList<>();
      for (int i = 0; i < CONCURRENCY; i++) {
        AccessMode access = i % 2 == 0 ? AccessMode.READ_WRITE : AccessMode.READ_ONLY;
        batch.add(
            cloud.engine.validate(request(i % 2 == 0 ? "rw-ok" : "ro-ok", "bucket-ok", access)));
      }
      batch.forEach(f -> outcomes.add(f.join()));
    }
    return outcomes;
  }

  /** Open socket descriptors of this JVM (client and emulator side alike). */
  private static long openSockets() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                  return false;
                }
              })
          .count();
    }
  }
}
