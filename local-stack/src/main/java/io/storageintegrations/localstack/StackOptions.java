package io.storageintegrations.localstack;

import java.nio.file.Path;

/**
 * Where the local stack keeps its files and which loopback ports it uses. The defaults are fixed so
 * that kcat, curl and the browser find things at the same place every run.
 *
 * @param workDir broker data under {@code kafka/}, the apps' logs under {@code logs/}
 * @param clean wipe the broker's data before starting instead of reusing it
 * @param demo run the demo scenarios once everything is up
 * @param exitAfterDemo stop everything after the demo instead of waiting for Ctrl-C
 */
public record StackOptions(
    Path workDir,
    int kafkaPort,
    int emulatorPort,
    int producerPort,
    int workerPort,
    boolean clean,
    boolean demo,
    boolean exitAfterDemo) {

  public static final String USAGE =
      """
      Usage: ./run-local.sh [options]     (or: java -cp ... io.storageintegrations.localstack.LocalStack)
        --work-dir PATH      broker data and logs (default ./work)
        --kafka-port N       broker on 127.0.0.1:N, its controller on N+1 (default 19092)
        --emulator-port N    cloud emulator (STS + OSS) on 127.0.0.1:N (default 19000)
        --producer-port N    API and status page on http://127.0.0.1:N (default 8080);
                             its actuator (health, metrics) on N+100
        --worker-port N      worker's probes (/livez, /readyz) (default 8081);
                             its actuator (health, metrics) on N+100
        --clean              start from an empty broker instead of reusing the last run's data
        --no-demo            start the stack without running the demo scenarios
        --exit-after-demo    stop everything once the demo has printed its summary
        --skip-build         (run-local.sh only) run what was built last time
        --help               this text
      """;

  public static StackOptions defaults() {
    return new StackOptions(Path.of("work"), 19092, 19000, 8080, 8081, false, true, false);
  }

  public static StackOptions parse(String... args) {
    StackOptions o = defaults();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--clean" -> o = o.with(o.workDir, o.kafkaPort, true, o.demo, o.exitAfterDemo);
        case "--no-demo" -> o = o.with(o.workDir, o.kafkaPort, o.clean, false, o.exitAfterDemo);
        case "--exit-after-demo" -> o = o.with(o.workDir, o.kafkaPort, o.clean, o.demo, true);
        case "--work-dir" ->
            o =
                o.with(
                    Path.of(value(args, ++i, option)),
                    o.kafkaPort,
                    o.clean,
                    o.demo,
                    o.exitAfterDemo);
        case "--kafka-port" ->
            o = o.with(o.workDir, port(args, ++i, option), o.clean, o.demo, o.exitAfterDemo);
        case "--emulator-port" ->
            o = o.withAppPorts(port(args, ++i, option), o.producerPort, o.workerPort);
        case "--producer-port" ->
            o = o.withAppPorts(o.emulatorPort, port(args, ++i, option), o.workerPort);
        case "--worker-port" ->
            o = o.withAppPorts(o.emulatorPort, o.producerPort, port(args, ++i, option));
        default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
      }
    }
    return o;
  }

  public Path kafkaDir() {
    return workDir.resolve("kafka");
  }

  public Path logsDir() {
    return workDir.resolve("logs");
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + kafkaPort;
  }

  /** The producer's actuator port, on loopback like everything else here. */
  public int producerManagementPort() {
    return producerPort + 100;
  }

  public int workerManagementPort() {
    return workerPort + 100;
  }

  /** The worker's internal credential vending endpoint (loopback, internal token). */
  public int workerVendingPort() {
    return workerPort + 200;
  }

  public String producerUrl() {
    return "http://127.0.0.1:" + producerPort;
  }

  private StackOptions with(Path dir, int kafka, boolean clean, boolean demo, boolean exit) {
    return new StackOptions(dir, kafka, emulatorPort, producerPort, workerPort, clean, demo, exit);
  }

  private StackOptions withAppPorts(int emulator, int producer, int worker) {
    return new StackOptions(
        workDir, kafkaPort, emulator, producer, worker, clean, demo, exitAfterDemo);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  private static int port(String[] args, int i, String option) {
    String raw = value(args, i, option);
    try {
      int port = Integer.parseInt(raw);
      if (port > 0 && port < 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a port number, got '" + raw + "'");
  }
}
