package io.storageintegrations.testsupport.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node combined KRaft broker ({@code kafka.Kafka}) in a child JVM, data in {@code
 * <dir>/data}, log in {@code <dir>/broker.log}. The data directory is formatted once; {@link
 * #start()} after {@link #stop()} or {@link #kill()} reuses it, so records survive restarts.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaBrokerProcess.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final BrokerProcessSettings settings;
  private volatile Process process;

  public KafkaBrokerProcess(BrokerProcessSettings settings) {
    this.settings = settings;
    // A broker outliving its JVM would hold the ports and the data directory's lock.
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "kafka-broker-process-stop"));
  }

  /** Formats the data directory if it is new, starts the broker and waits until it serves. */
  public synchronized KafkaBrokerProcess start() {
    if (isRunning()) {
      return this;
    }
    if (Ports.accepting(settings.port()) || Ports.accepting(settings.controllerPort())) {
      throw new IllegalStateException(
          "Port " + settings.port() + " or " + settings.controllerPort() + " is already in use");
    }
    BrokerFiles.write(settings);
    if (!BrokerFiles.formatted(settings)) {
      format();
    }
    long begun = System.nanoTime();
    process = ChildJvm.start(settings, "kafka.Kafka", settings.serverProperties().toString());
    try {
      Readiness.await(settings, process, READY_TIMEOUT);
    } catch (RuntimeException notReady) {
      kill(); // a half-started broker would keep the ports and the data directory's lock
      throw notReady;
    }
    log.info(
        "Kafka broker process {} ready at {} in {} ms (data {})",
        process.pid(),
        settings.bootstrapServers(),
        (System.nanoTime() - begun) / 1_000_000,
        settings.dataDir());
    return this;
  }

  /** Graceful shutdown (SIGTERM, controlled shutdown); forced after 30 s. */
  public synchronized void stop() {
    Process running = process;
    if (running == null || !running.isAlive()) {
      return;
    }
    running.destroy();
    if (!waitFor(running, STOP_TIMEOUT)) {
      log.warn(
          "Kafka broker process {} ignored SIGTERM for {}; killing it",
          running.pid(),
          STOP_TIMEOUT);
      kill();
    }
  }

  /** Hard kill, like {@code kill -9}: no controlled shutdown, no flush. */
  public void kill() {
    Process running = process;
    if (running != null && running.isAlive()) {
      running.destroyForcibly();
      waitFor(running, STOP_TIMEOUT);
    }
  }

  public boolean isRunning() {
    Process running = process;
    return running != null && running.isAlive();
  }

  /** {@code 127.0.0.1:<port>}. */
  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  public BrokerProcessSettings settings() {
    return settings;
  }

  public Path logFile() {
    return settings.logFile();
  }

  /** The child JVM's process id; the broker must have been started. */
  public long pid() {
    return process.pid();
  }

  /** Waits until the broker process ends by itself (used by {@link #main}). */
  public int awaitExit() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * {@code java -cp <test-support classpath>
   * io.storageintegrations.testsupport.broker.KafkaBrokerProcess [--port 19092] [--controller-port
   * 19093] [--dir work/kafka]}; Ctrl-C stops the broker gracefully.
   */
  public static void main(String[] args) throws InterruptedException {
    BrokerProcessSettings settings = CommandLine.parse(args);
    KafkaBrokerProcess broker = new KafkaBrokerProcess(settings);
    broker.start();
    System.out.println(
        "Kafka broker ready: bootstrap servers "
            + broker.bootstrapServers()
            + ", log "
            + broker.logFile());
    System.exit(broker.awaitExit());
  }

  private void format() {
    String clusterId = Uuid.randomUuid().toString();
    Process formatter =
        ChildJvm.start(
            settings,
            "kafka.tools.StorageTool",
            "format",
            "-t",
            clusterId,
            "-c",
            settings.serverProperties().toString());
    if (!waitFor(formatter, READY_TIMEOUT) || formatter.exitValue() != 0) {
      formatter.destroyForcibly();
      throw new IllegalStateException(
          "Formatting "
              + settings.dataDir()
              + " failed; end of log:\n"
              + Readiness.logTail(settings));
    }
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
