package io.storageintegrations.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's settings; {@link #USAGE} lists the command-line options and their defaults.
 *
 * @param workerProperties added to (or replacing) what {@code WorkerSettings} gives every worker
 */
public record SuiteOptions(
    int requests,
    double rate,
    double burstRate,
    Duration brokerPause,
    Duration settleTimeout,
    int partitions,
    List<String> experiments,
    Path workDir,
    Map<String, String> workerProperties) {

  public static final String USAGE =
      """
      usage: ChaosSuite [options]
        --requests N               requests per experiment (default 2000)
        --rate R                   requests published per second in a, b, c (default 100)
        --burst-rate R             requests published per second in d (default 500)
        --broker-pause S           seconds the broker stays down in b (default 30)
        --settle-timeout S         seconds to wait after the last publish for every outcome (default 300)
        --partitions P             partitions of the requests and events topics (default 12)
        --experiments a,b,c,d      which experiments, in order (default a,b,c,d)
        --work-dir DIR             broker data and process logs (default: a new temporary directory)
        --worker-property K=V      a worker property, added to or replacing the suite's (repeatable)
      """;

  public SuiteOptions {
    if (requests < 2 || rate <= 0 || burstRate <= 0 || partitions < 1) {
      throw new IllegalArgumentException("requests >= 2, rates > 0 and partitions >= 1, please");
    }
    experiments = List.copyOf(experiments);
    workerProperties = Map.copyOf(workerProperties);
  }

  public static SuiteOptions defaults(Path workDir) {
    return new SuiteOptions(
        2000,
        100,
        500,
        Duration.ofSeconds(30),
        Duration.ofSeconds(300),
        12,
        List.of("a", "b", "c", "d"),
        workDir,
        Map.of());
  }

  /** Reads the options in {@link #USAGE}; anything not given keeps its default. */
  public static SuiteOptions parse(String[] args, Path defaultWorkDir) {
    Map<String, String> given = new LinkedHashMap<>();
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
      }
      if (args[i].equals("--worker-property")) {
        int eq = args[i + 1].indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("--worker-property needs key=value");
        }
        properties.put(args[i + 1].substring(0, eq), args[i + 1].substring(eq + 1));
      } else if (USAGE.contains("  " + args[i] + " ")) {
        given.put(args[i], args[i + 1]);
      } else {
        throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    SuiteOptions d = defaults(defaultWorkDir);
    return new SuiteOptions(
        Integer.parseInt(given.getOrDefault("--requests", Integer.toString(d.requests))),
        Double.parseDouble(given.getOrDefault("--rate", Double.toString(d.rate))),
        Double.parseDouble(given.getOrDefault("--burst-rate", Double.toString(d.burstRate))),
        seconds(given.get("--broker-pause"), d.brokerPause),
        seconds(given.get("--settle-timeout"), d.settleTimeout),
        Integer.parseInt(given.getOrDefault("--partitions", Integer.toString(d.partitions))),
        given.containsKey("--experiments")
            ? Arrays.asList(given.get("--experiments").split(","))
            : d.experiments,
        given.containsKey("--work-dir") ? Path.of(given.get("--work-dir")) : d.workDir,
        properties);
  }

  private static Duration seconds(String value, Duration otherwise) {
    return value == null ? otherwise : Duration.ofSeconds(Long.parseLong(value));
  }
}
