package io.storageintegrations.worker.bench;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.fault.Latency;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import io.storageintegrations.worker.WorkerApplication;
import io.storageintegrations.worker.intake.IntakeLoop;
import io.storageintegrations.worker.intake.RequestRecords;
import io.storageintegrations.worker.validation.TestCloud;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N validation requests through a real broker, the worker application and the emulator with {@code
 * latencyMs} per cloud call; prints one table row per configuration. Not a test.
 *
 * <p>Arguments: {@code [requests=20000] [latencyMs=50] [quotaRequests=1500] [serialRequests=60]}.
 */
public final class WorkerBenchmark {

  private static final int STS_QUOTA = 100;
  private static final int WARM_UP = 30_000;
  private static final java.util.regex.Pattern CLOUD_CODE =
      java.util.regex.Pattern.compile("cloud code ([^,\\]]+)");
  private static final byte[] THROTTLING = "Throttling".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REQUEST_ID = "\"requestId\":\"".getBytes(StandardCharsets.US_ASCII);

  public static void main(String[] args) throws Exception {
    try {
      benchmark(args);
    } catch (Throwable failure) {
      failure.printStackTrace(); // System.exit below would otherwise swallow it
    } finally {
      System.exit(0);
    }
  }

  private static void benchmark(String[] args) throws Exception {
    int requests = arg(args, 0, 20_000);
    int latencyMs = arg(args, 1, 50);
    int quotaRequests = arg(args, 2, 1_500);
    int serialRequests = arg(args, 3, 60);
    System.setProperty("logging.level.root", "WARN");
    KafkaBroker.createTopics(
        6, Topics.REQUESTS, Topics.REQUESTS_BACKGROUND, Topics.EVENTS, Topics.REQUESTS_DLT);
    CloudEmulator emulator = TestCloud.emulator();
    emulator.faults().set("*", FaultSpec.latency(Latency.fixed(latencyMs)));

    // The CPU-bound configuration is measured in steady state: its own worker first validates
    // warmUp requests, so JIT compilation and class loading are not billed to it. A warm-up in a
    // separate worker context is not enough: the next context's new classes send the JIT back to
    // compiling for most of the measured run.
    int warmUp = Integer.getInteger("bench.warm-up", WARM_UP);
    List<BenchRun> runs = new ArrayList<>();
    runs.add(run("quota off, 256 in flight", warmUp, requests, 256, false, emulator, 0));
    runs.add(
        run("quota on (100/s), 256 in flight", 0, quotaRequests, 256, true, emulator, STS_QUOTA));
    runs.add(run("one record at a time", 0, serialRequests, 1, false, emulator, 0));

    System.out.println();
    System.out.printf(
        "Worker benchmark: %d ms per cloud call, quota off measured after a warm-up of %d"
            + " validations in the same worker (not measured), %d cores, broker %s, JDK %s%n",
        latencyMs,
        warmUp,
        Runtime.getRuntime().availableProcessors(),
        KafkaBroker.source(),
        System.getProperty("java.version"));
    System.out.println(BenchRun.header());
    System.out.println(BenchRun.rule());
    runs.forEach(r -> System.out.println(r.row()));
    System.out.println(
        "wkr CPU/v: CPU of worker threads (intake, I/O pool, outcome producer) per validation;"
            + " all CPU/v: whole JVM incl. broker and emulator. STS/s: AssumeRole calls per second"
            + " at the emulator. throttled: Throttling answers / outcomes naming Throttling.");
    emulator.close();
  }

  private static BenchRun run(
      String name,
      int warmUp,
      int count,
      int inFlight,
      boolean quota,
      CloudEmulator emulator,
      int stsLimit)
      throws Exception {
    emulator.applySeed("settings: {assumeRoleRatePerSecond: " + stsLimit + "}");
    emulator.counters().reset();
    String group = "bench-" + UUID.randomUUID();
    Map<String, String> properties = workerProperties(emulator, group);
    properties.put("worker.sts.rate-limit-enabled", Boolean.toString(quota));
    properties.put("worker.intake.max-in-flight", Integer.toString(inFlight));
    properties.put("worker.intake.io-threads", System.getProperty("bench.io-threads", "0"));
    properties.put(
        "worker.oss.signature-version", System.getProperty("bench.oss.signature-version", "V4"));
    ConfigurableApplicationContext worker =
        new SpringApplicationBuilder(WorkerApplication.class).run(args(properties));
    IntakeLoop intake = worker.getBean(IntakeLoop.class);
    awaitAssignment(intake);
    if (warmUp > 0) {
      drive(warmUp, new Histogram(TimeUnit.MINUTES.toMicros(10), 3), new OutcomeCounter());
      emulator.counters().reset();
    }
    Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    long[] heapPeak = {0};
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> heapPeak[0] = Math.max(heapPeak[0], usedHeap()), 0, 100, TimeUnit.MILLISECONDS);

    ThreadCpu groups = new ThreadCpu();
    long cpuBefore = workerCpuNanos();
    long processCpuBefore = processCpuNanos();
    long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long[] gcBefore = gcCountAndMillis();
    long start = System.nanoTime();
    long uptimeStart = ManagementFactory.getRuntimeMXBean().getUptime();
    OutcomeCounter counter = new OutcomeCounter();
    drive(count, latency, counter);
    double seconds = (System.nanoTime() - start) / 1e9;
    long workerCpu = workerCpuNanos() - cpuBefore;
    long processCpu = processCpuNanos() - processCpuBefore;
    sampler.shutdownNow();
    Map<String, Long> byGroup = groups.groupsMillis();
    long javaThreads = byGroup.values().stream().mapToLong(Long::longValue).sum();
    System.out.println(name + ": CPU ms by thread group: " + byGroup);
    System.out.printf(
        "%s: CPU ms not on live Java threads (JIT compilers, GC, ended threads): %d;"
            + " JIT compiling ms: %d; GCs: %d"
            + " taking %d ms; JVM uptime %d-%d ms%n",
        name,
        processCpu / 1_000_000 - javaThreads,
        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore,
        gcCountAndMillis()[0] - gcBefore[0],
        gcCountAndMillis()[1] - gcBefore[1],
        uptimeStart,
        ManagementFactory.getRuntimeMXBean().getUptime());
    long assumeRoles = emulator.counters().count("sts:AssumeRole");
    long throttled = emulator.counters().count("sts:AssumeRole", "Throttling.User");
    worker.close();
    int done = counter.outcomes.intValue();
    if (!counter.others.isEmpty()) {
      System.out.println(name + ": outcomes other than validated by reason: " + counter.others);
    }
    return new BenchRun(
        name,
        count,
        done,
        seconds,
        done / seconds,
        latency.getValueAtPercentile(50) / 1000.0,
        latency.getValueAtPercentile(95) / 1000.0,
        latency.getValueAtPercentile(99) / 1000.0,
        latency.getMaxValue() / 1000.0,
        workerCpu / 1e6 / Math.max(1, done),
        processCpu / 1e6 / Math.max(1, done),
        heapPeak[0] / (1024 * 1024),
        assumeRoles / seconds,
        throttled,
        counter.throttled.get(),
        counter.validated.get());
  }

  /** Publishes count requests and waits for their outcomes. */
  private static void drive(int count, Histogram latency, OutcomeCounter counter)
      throws InterruptedException {
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    Thread reader = new Thread(() -> readOutcomes(sentAt, latency, count, counter), "bench-reader");
    reader.start();
    publish(count, sentAt);
    reader.join(TimeUnit.MINUTES.toMillis(15));
  }

  private static void publish(int count, Map<String, Long> sentAt) {
    try (KafkaProducer<String, byte[]> producer =
        KafkaRecords.producer(KafkaBroker.bootstrapServers())) {
      for (int i = 0; i < count; i++) {
        ValidationRequested request =
            TestCloud.request(i % 2 == 0 ? "rw-ok" : "ro-ok", "bucket-ok", access(i));
        sentAt.put(request.requestId(), System.nanoTime());
        producer.send(RequestRecords.of(request));
      }
    }
  }

  private static AccessMode access(int i) {
    return i % 2 == 0 ? AccessMode.READ_WRITE : AccessMode.READ_ONLY;
  }

  private static void readOutcomes(
      Map<String, Long> sentAt, Histogram latency, int count, OutcomeCounter counter) {
    try (KafkaConsumer<String, byte[]> consumer = eventsFromNow()) {
      long idleUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (counter.outcomes.get() < count && System.nanoTime() < idleUntil) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
          long now = System.nanoTime();
          Long sent = sentAt.remove(requestId(record.value()));
          if (sent == null) {
            continue;
          }
          latency.recordValue(Math.max(1, (now - sent) / 1000));
          counter.outcomes.incrementAndGet();
          String type = header(record, CloudEventHeaders.TYPE);
          if (MessageType.INTEGRATION_VALIDATED.ceType().equals(type)) {
            counter.validated.incrementAndGet();
          } else {
            String body = new String(record.value(), StandardCharsets.UTF_8);
            var code = CLOUD_CODE.matcher(body);
            var json = MessageCodec.mapper().readTree(record.value());
            String key = json.get("reason").asString() + (code.find() ? "/" + code.group(1) : "");
            counter.others.merge(key, 1L, Long::sum);
          }
          if (mentionsThrottling(record.value())) {
            counter.throttled.incrementAndGet();
          }
          idleUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        }
      }
    }
  }

  /** A consumer of the events topic that reads what is published from now on. */
  static KafkaConsumer<String, byte[]> eventsFromNow() {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            KafkaBroker.bootstrapServers(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.EVENTS).stream()
            .map(p -> new TopicPartition(Topics.EVENTS, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  private static boolean mentionsThrottling(byte[] value) {
    return indexOf(value, THROTTLING) >= 0;
  }

  /**
   * The outcome's requestId without building a JSON tree of every outcome (the reader is the
   * benchmark's own cost, not the worker's); falls back to the tree for any other layout.
   */
  public static String requestId(byte[] value) {
    int start = indexOf(value, REQUEST_ID);
    if (start >= 0) {
      start += REQUEST_ID.length;
      for (int end = start; end < value.length; end++) {
        if (value[end] == '"' || value[end] == '\\') {
          if (value[end] == '"') {
            return new String(value, start, end - start, StandardCharsets.UTF_8);
          }
          break;
        }
      }
    }
    return MessageCodec.mapper().readTree(value).get("requestId").asString();
  }

  private static int indexOf(byte[] value, byte[] part) {
    outer:
    for (int i = 0; i <= value.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (value[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static void awaitAssignment(IntakeLoop intake) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (intake.state().assignedPartitions() == 0 && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    Thread.sleep(1500); // the first fetch resolves "latest" before anything is published
  }

  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long[] gcCountAndMillis() {
    long[] total = new long[2];
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total[0] += Math.max(0, gc.getCollectionCount());
      total[1] += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU of the worker's own threads: intake loop, I/O pool, retry timer, outcome producer. */
  private static long workerCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      String name = info.getThreadName();
      if (name.startsWith("worker-") || name.contains("worker-outcomes")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        total += Math.max(0, cpu);
      }
    }
    return total;
  }

  /**
   * A worker of its own consumer group against the test broker and {@code emulator}, quiet logs.
   */
  static Map<String, String> workerProperties(CloudEmulator emulator, String group) {
    return new java.util.HashMap<>(
        Map.ofEntries(
            Map.entry("server.port", "0"),
            Map.entry("management.server.port", "0"),
            Map.entry("spring.kafka.bootstrap-servers", KafkaBroker.bootstrapServers()),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "latest"),
            Map.entry("worker.platform.access-key-id", TestCloud.PLATFORM_KEY_ID),
            Map.entry("worker.platform.access-key-secret", TestCloud.PLATFORM_SECRET),
            Map.entry("worker.platform.principal", TestCloud.PRINCIPAL),
            Map.entry("worker.sts.endpoint", emulator.stsEndpoint()),
            Map.entry("worker.sts.scheme", "HTTP"),
            Map.entry("worker.oss.endpoint-template", emulator.ossEndpoint()),
            Map.entry("worker.intake.group-id", group),
            Map.entry("logging.level.root", "WARN")));
  }

  /** Command-line arguments outrank application.yml; default properties would not. */
  static String[] args(Map<String, String> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  private static final class OutcomeCounter {
    final AtomicLong outcomes = new AtomicLong();
    final AtomicLong validated = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();
    final Map<String, Long> others = new ConcurrentHashMap<>();
  }
}
