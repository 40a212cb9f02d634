package io.storageintegrations.chaos.lab;

import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.testsupport.broker.BrokerProcessSettings;
import io.storageintegrations.testsupport.broker.KafkaBrokerProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * What every experiment shares: one Kafka broker process (data on disk, so it survives {@code kill
 * -9} and restarts), one cloud emulator process with the demo seed and the STS quota on, the
 * topics, and an admin client. Workers come and go per experiment.
 */
public final class Lab implements AutoCloseable {

  /** The emulator's AssumeRole quota per caller account, as the real service documents it. */
  public static final int STS_QUOTA_PER_SECOND = 100;

  private final Path workDir;
  private final int partitions;
  private final KafkaBrokerProcess broker;
  private final EmulatorProcess emulator;
  private final Admin admin;

  private Lab(Path workDir, int partitions, KafkaBrokerProcess broker, EmulatorProcess emulator) {
    this.workDir = workDir;
    this.partitions = partitions;
    this.broker = broker;
    this.emulator = emulator;
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000));
  }

  /** Starts the broker and the emulator on free ports under {@code workDir}, creates the topics. */
  public static Lab start(Path workDir, int partitions) {
    return start(workDir, partitions, EmulatorProcess.SMALL_JVM);
  }

  /**
   * As above, the emulator on {@code emulatorJvm}: a benchmark's emulator remembers every STS nonce
   * for the 15-minute skew window, as STS does, which at a thousand AssumeRole calls a second needs
   * more than the suite's small heap.
   */
  public static Lab start(Path workDir, int partitions, List<String> emulatorJvm) {
    KafkaBrokerProcess broker =
        new KafkaBrokerProcess(BrokerProcessSettings.onFreePorts(workDir.resolve("kafka"))).start();
    EmulatorProcess emulator;
    try {
      emulator = EmulatorProcess.start(workDir.resolve("logs"), emulatorJvm);
    } catch (RuntimeException e) {
      broker.stop();
      throw e;
    }
    Lab lab = new Lab(workDir, partitions, broker, emulator);
    try {
      emulator.stsQuota(STS_QUOTA_PER_SECOND);
      lab.createTopics();
    } catch (RuntimeException e) {
      lab.close();
      throw e;
    }
    return lab;
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  public KafkaBrokerProcess broker() {
    return broker;
  }

  public EmulatorProcess emulator() {
    return emulator;
  }

  public Admin admin() {
    return admin;
  }

  public int partitions() {
    return partitions;
  }

  public Path logsDir() {
    return workDir.resolve("logs");
  }

  public String detail() {
    return "broker pid "
        + broker.pid()
        + " at "
        + broker.bootstrapServers()
        + " (log "
        + broker.logFile()
        + "); emulator "
        + emulator.detail();
  }

  @Override
  public void close() {
    admin.close();
    emulator.close();
    broker.stop();
  }

  private void createTopics() {
    List<NewTopic> topics =
        List.of(Topics.REQUESTS, Topics.REQUESTS_BACKGROUND, Topics.EVENTS, Topics.REQUESTS_DLT)
            .stream()
            .map(name -> new NewTopic(name, partitions, (short) 1))
            .toList();
    try {
      admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("creating the topics failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the topics", e);
    }
  }
}
