package io.storageintegrations.worker.bench;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.fault.Latency;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.testsupport.kafka.OutcomeIds;
import io.storageintegrations.worker.WorkerApplication;
import io.storageintegrations.worker.intake.IntakeLoop;
import io.storageintegrations.worker.intake.RequestRecords;
import io.storageintegrations.worker.validation.TestCloud;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A person's create behind a backlog of periodic re-validations: the backlog is published to the
 * background lane at once, then creates arrive at a fixed rate on the interactive lane, with the
 * STS quota on (emulator 100/s) and {@code latencyMs} per cloud call; prints the creates'
 * end-to-end latency (publish to outcome) and what the sweep got done meanwhile. Not a test.
 *
 * <p>Arguments: {@code [backlog=10000] [creates=120] [createsPerSecond=2] [latencyMs=50]}. With
 * {@code -Dbench.backlog-topic=storage-integrations.requests.v1} the backlog shares the creates'
 * lane, as before there were lanes.
 */
public final class LaneBenchmark {

  public static void main(String[] args) throws Exception {
    try {
      benchmark(args);
    } catch (Throwable failure) {
      failure.printStackTrace();
    } finally {
      System.exit(0);
    }
  }

  private static void benchmark(String[] args) throws Exception {
    int backlog = InJvmWorker.arg(args, 0, 10_000);
    int creates = InJvmWorker.arg(args, 1, 120);
    int perSecond = InJvmWorker.arg(args, 2, 2);
    int latencyMs = InJvmWorker.arg(args, 3, 50);
    System.setProperty("logging.level.root", "WARN");
    KafkaBroker.createTopics(
        6, Topics.REQUESTS, Topics.REQUESTS_BACKGROUND, Topics.EVENTS, Topics.REQUESTS_DLT);
    CloudEmulator emulator = TestCloud.emulator();
    emulator.faults().set("*", FaultSpec.latency(Latency.fixed(latencyMs)));
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 100}");
    ConfigurableApplicationContext worker =
        new SpringApplicationBuilder(WorkerApplication.class)
            .run(
                InJvmWorker.args(
                    InJvmWorker.workerProperties(emulator, "lanes-" + UUID.randomUUID())));
    InJvmWorker.awaitAssignment(worker.getBean(IntakeLoop.class));
    emulator.counters().reset();

    Map<String, Long> createdAt = new ConcurrentHashMap<>();
    Set<String> sweep = ConcurrentHashMap.newKeySet();
    Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    AtomicInteger sweepDone = new AtomicInteger();
    CountDownLatch answered = new CountDownLatch(creates);
    Thread reader =
        new Thread(() -> read(createdAt, sweep, latency, sweepDone, answered), "lane-bench-reader");
    reader.setDaemon(true);
    reader.start();
    String backlogTopic = System.getProperty("bench.backlog-topic", Topics.REQUESTS_BACKGROUND);
    long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      for (int i = 0; i < backlog; i++) {
        ValidationRequested request = request(i);
        sweep.add(request.requestId());
        producer.send(RequestRecords.to(backlogTopic, request));
      }
      producer.flush();
      ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
      AtomicInteger sent = new AtomicInteger();
      pacer.scheduleAtFixedRate(
          () -> {
            if (sent.getAndIncrement() < creates) {
              ValidationRequested request = request(sent.get());
              createdAt.put(request.requestId(), System.nanoTime());
              producer.send(RequestRecords.to(Topics.REQUESTS, request));
            }
          },
          TimeUnit.SECONDS.toMillis(5),
          1000 / perSecond,
          TimeUnit.MILLISECONDS);
      boolean all = answered.await(10, TimeUnit.MINUTES);
      pacer.shutdownNow();
      double seconds = (System.nanoTime() - start) / 1e9;
      long assumeRoles = emulator.counters().count("sts:AssumeRole");
      long throttled = emulator.counters().count("sts:AssumeRole", "Throttling.User");
      System.out.println();
      System.out.printf(
          "Lane benchmark: %d ms per cloud call, STS quota 100/s (limiter on, one worker),"
              + " backlog published to %s, then creates at %d/s to %s%n",
          latencyMs, backlogTopic, perSecond, Topics.REQUESTS);
      System.out.println(
          "| backlog | creates answered | p50 ms | p95 ms | p99 ms | max ms | sweep done | sweep/s"
              + " | STS/s | throttled |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      System.out.printf(
          "| %d | %d of %d%s | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %d |%n",
          backlog,
          creates - answered.getCount(),
          creates,
          all ? "" : " (timed out)",
          latency.getValueAtPercentile(50) / 1000.0,
          latency.getValueAtPercentile(95) / 1000.0,
          latency.getValueAtPercentile(99) / 1000.0,
          latency.getMaxValue() / 1000.0,
          sweepDone.get(),
          sweepDone.get() / seconds,
          assumeRoles / seconds,
          throttled);
    }
    worker.close();
    emulator.close();
  }

  private static ValidationRequested request(int i) {
    return TestCloud.request(
        i % 2 == 0 ? "rw-ok" : "ro-ok",
        "bucket-ok",
        i % 2 == 0 ? AccessMode.READ_WRITE : AccessMode.READ_ONLY);
  }

  private static void read(
      Map<String, Long> createdAt,
      Set<String> sweep,
      Histogram latency,
      AtomicInteger sweepDone,
      CountDownLatch answered) {
    try (KafkaConsumer<String, byte[]> consumer = InJvmWorker.eventsFromNow()) {
      while (answered.getCount() > 0) {
        for (var record : consumer.poll(Duration.ofMillis(50))) {
          long now = System.nanoTime();
          String requestId = OutcomeIds.requestId(record.value());
          Long sent = createdAt.remove(requestId);
          if (sent != null) {
            if (!MessageType.INTEGRATION_VALIDATED
                .ceType()
                .equals(InJvmWorker.header(record, CloudEventHeaders.TYPE))) {
              System.out.println("a create was not validated: " + new String(record.value()));
            }
            latency.recordValue(Math.max(1, (now - sent) / 1000));
            answered.countDown();
          } else if (sweep.remove(requestId)) {
            sweepDone.incrementAndGet();
          }
        }
      }
    }
  }
}
