package io.storageintegrations.chaos.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.lab.Producer;
import io.storageintegrations.chaos.lab.WorkerFleet;
import io.storageintegrations.cli.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two producers and two workers, each its own process, one broker and the emulator: a stream of
 * creates and deletes through both producers while one of them is killed with {@code kill -9}
 * (callers retry on the other with the same Idempotency-Key). Afterwards no update is lost (every
 * create has a verdict, every delete took effect), no name is stuck, and every instance, the
 * restarted one included, answers describe identically.
 */
class ProducerFleetIT {

  private static final int CREATES = 48;

  @Test
  void killingAProducerMidStreamLosesNoUpdateAndLeavesNoStuckName(@TempDir Path work)
      throws Exception {
    try (Lab lab = Lab.start(work, 3);
        WorkerFleet workers = WorkerFleet.start(lab, "fleet-it", 2, Map.of());
        Producer b = Producer.start(lab, "producer-b")) {
      Producer a = Producer.start(lab, "producer-a");
      Operations ops = new Operations(List.of(client(a), client(b)));
      Map<String, String> created = new ConcurrentHashMap<>(); // name -> integration ID
      List<String> deleted = new ArrayList<>();
      ExecutorService callers = Executors.newFixedThreadPool(4);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < CREATES; i++) {
        String name = "fleet-" + i;
        calls.add(
            callers.submit(
                () -> created.put(name, ops.create(name, "key-" + name, ops.mintExternalId()))));
        if (i == CREATES / 3) {
          a.kill();
        }
      }
      for (Future<?> call : calls) {
        call.get();
      }
      callers.shutdown();
      // as a caller would: delete what it has seen registered
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Describe.allFound(client(b), created.values()));
      for (int i = 0; i < CREATES; i += 3) {
        String id = created.get("fleet-" + i);
        ops.delete(id);
        deleted.add(id);
      }

      Producer restarted = Producer.start(lab, "producer-a-restarted");
      try {
        List<ApiClient> instances = List.of(client(b), client(restarted));
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofSeconds(1))
            .untilAsserted(() -> Describe.assertSettled(instances, created, deleted));
        Describe.assertIdentical(
            instances, created.values().stream().filter(id -> !deleted.contains(id)).toList());
        for (String id : deleted) {
          String name = Describe.nameOf(created, id);
          // the deleted names are free again: nothing holds them
          assertThat(ops.create(name, "again-" + name, ops.mintExternalId())).isNotBlank();
        }
      } finally {
        restarted.close();
      }
    }
  }

  private static ApiClient client(Producer producer) {
    return new ApiClient(producer.url(), Producer.DEMO_KEY);
  }
}
