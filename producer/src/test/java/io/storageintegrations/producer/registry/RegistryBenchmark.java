package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.publishing.ProducerTopics;
import io.storageintegrations.testsupport.broker.BrokerProcessSettings;
import io.storageintegrations.testsupport.broker.KafkaBrokerProcess;
import io.storageintegrations.testsupport.broker.Ports;
import io.storageintegrations.testsupport.process.AppSpec;
import io.storageintegrations.testsupport.process.ChildApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.util.FileSystemUtils;

/**
 * Registry scale: loads N realistic registry records (and N minted-ExternalId ledger entries)
 * straight onto the topics of a broker in its own process, starts the producer's exec jar in a JVM
 * of its own as the launcher does, and measures start-up to ready, heap after a full GC, RSS, and
 * describe and list-a-project-page latency with 1 and 16 clients. Sizes grow in one run (the
 * records of the smaller size stay). Not a test; see docs/registry.md for the command.
 *
 * <p>Arguments: the sizes, e.g. {@code 10000 100000 1000000}. {@code -Dbench.heap=2g}, {@code
 * -Dbench.projects=120}, {@code -Dbench.dir=/tmp/registry-bench}.
 */
public final class RegistryBenchmark {

  static final String KEY = "bench-operator-key-0123456789abcdefghij";
  static final int PARTITIONS = 6;

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {10_000} : parse(args);
    int projects = Integer.getInteger("bench.projects", 120);
    String heap = System.getProperty("bench.heap", "2g");
    Path dir = Path.of(System.getProperty("bench.dir", "/tmp/registry-bench"));
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    List<String> rows = new ArrayList<>();
    try (KafkaBrokerProcess broker =
        new KafkaBrokerProcess(BrokerProcessSettings.onFreePorts(dir.resolve("kafka"))).start()) {
      String bootstrap = broker.settings().bootstrapServers();
      createTopics(bootstrap);
      int loaded = 0;
      for (int n : sizes) {
        long loadStart = System.nanoTime();
        load(bootstrap, loaded, n, projects);
        System.out.printf(
            "loaded %d records and ledger entries in %d s%n",
            n - loaded, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - loadStart));
        loaded = n;
        rows.add(measure(bootstrap, n, projects, heap, dir));
        System.out.println(rows.get(rows.size() - 1));
      }
    }
    System.out.println();
    System.out.printf(
        "Registry benchmark: producer exec jar in its own JVM (-Xmx%s -XX:+UseG1GC, the JVM default as deployed), broker"
            + " in its own process, %d partitions, %d projects, records %d bytes of JSON (8"
            + " checks, 20 history entries), %d cores, JDK %s%n",
        heap,
        PARTITIONS,
        projects,
        MessageCodec.toJson(RegistrySamples.record(0, projects)).length,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.println(BenchRow.header());
    rows.forEach(System.out::println);
    System.exit(0);
  }

  private static String measure(String bootstrap, int n, int projects, String heap, Path dir)
      throws Exception {
    int port = Ports.free();
    int management = Ports.free();
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.address=127.0.0.1");
    arguments.add("--server.port=" + port);
    arguments.add("--management.server.address=127.0.0.1");
    arguments.add("--management.server.port=" + management);
    arguments.add("--spring.kafka.bootstrap-servers=" + bootstrap);
    arguments.add("--storage-integrations.publishing.partitions=" + PARTITIONS);
    arguments.add("--storage-integrations.registry.group-id=bench-" + n);
    arguments.add("--storage-integrations.registry.revalidation-check-every=PT1H");
    arguments.add("--storage-integrations.limits.calls-per-minute=100000000");
    arguments.add("--storage-integrations.security.api-keys[0].name=bench");
    arguments.add("--storage-integrations.security.api-keys[0].key=" + KEY);
    arguments.add("--storage-integrations.security.api-keys[0].operator=true");
    for (int p = 0; p < projects; p++) {
      arguments.add(
          "--storage-integrations.projects."
              + RegistrySamples.project(p, projects)
              + ".cluster-region=cn-hangzhou");
    }
    AppSpec spec =
        new AppSpec("producer-" + n, jar(), arguments, Map.of(), management)
            .withJvmOptions(List.of("-Xmx" + heap, "-XX:+UseG1GC"));
    long begun = System.nanoTime();
    try (ChildApp producer = ChildApp.start(spec, dir.resolve("logs"))) {
      double ready = (System.nanoTime() - begun) / 1e9;
      String log = Files.readString(producer.log());
      BenchClients clients = new BenchClients(port, KEY, n, projects);
      clients.warmUp();
      BenchClients.Latency describe1 = clients.describe(1, 3_000);
      BenchClients.Latency describe16 = clients.describe(16, 500);
      BenchClients.Latency list1 = clients.listPage(1, 2_000);
      BenchClients.Latency list16 = clients.listPage(16, 300);
      long heapAfterGc = HeapProbe.heapAfterGc(producer.pid(), management);
      long rss = HeapProbe.rssKb(producer.pid());
      return new BenchRow(
              n,
              ready,
              replayMs(log, Topics.REGISTRY),
              replayMs(log, ProducerTopics.LEDGER),
              heapAfterGc,
              rss / 1024,
              describe1,
              describe16,
              list1,
              list16)
          .row();
    }
  }

  private static long replayMs(String log, String topic) {
    Matcher m =
        Pattern.compile("replayed " + Pattern.quote(topic) + ": (\\d+) records in (\\d+) ms")
            .matcher(log);
    return m.find() ? Long.parseLong(m.group(2)) : -1;
  }

  private static Path jar() throws Exception {
    try (var files = Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("-exec.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("run ./mvnw -pl producer package first"))
          .toAbsolutePath();
    }
  }

  private static void createTopics(String bootstrap) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(Topics.REGISTRY, PARTITIONS, (short) 1)
                      .configs(Map.of("cleanup.policy", "compact")),
                  new NewTopic(ProducerTopics.LEDGER, PARTITIONS, (short) 1)
                      .configs(Map.of("retention.ms", "-1")),
                  new NewTopic(Topics.EVENTS, PARTITIONS, (short) 1)))
          .all()
          .get();
    }
  }

  private static void load(String bootstrap, int from, int to, int projects) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      for (int i = from; i < to; i++) {
        IntegrationRecord record = RegistrySamples.record(i, projects);
        ProducerRecord<String, byte[]> registry =
            new ProducerRecord<>(
                Topics.REGISTRY, record.integrationId(), MessageCodec.toJson(record));
        RegistryHeaders.of(IndexFields.of(record, i / PARTITIONS))
            .forEach((k, v) -> registry.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(registry);
        String minted =
            "{\"kind\":\"EXTERNAL_ID_MINTED\",\"projectId\":\""
                + record.projectId()
                + "\",\"externalId\":\""
                + record.externalId()
                + "\",\"at\":\""
                + Instant.now()
                + "\"}";
        producer.send(
            new ProducerRecord<>(
                ProducerTopics.LEDGER,
                record.projectId(),
                minted.getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  private static int[] parse(String[] args) {
    int[] sizes = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i].replace("_", ""));
    }
    return sizes;
  }
}
