package io.storageintegrations.chaos.lab;

import io.storageintegrations.testsupport.broker.Ports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says how the suite configures a worker: every Spring property it passes on the
 * worker's command line, the secret it passes in the environment, and the JVM options. Change a
 * worker setting here (or per run with {@code --worker-property key=value}).
 */
public final class WorkerSettings {

  /** The emulator's demo seed: RAM user {@code validator} of the platform account. */
  static final String PLATFORM_KEY_ID = "LTAI5tPlatformValidator01";

  static final String PLATFORM_SECRET = "PlatformValidatorSecret0000001";
  static final String PLATFORM_PRINCIPAL = "acs:ram::1000000000000001:root";

  /** Small heap, C1 only: the suite measures correctness and takeover, not throughput. */
  static final List<String> JVM =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private WorkerSettings() {}

  /**
   * Properties of worker {@code index} (1-based) in consumer group {@code group}, then {@code
   * overrides}. The consumer's client id names the worker, which is how the suite learns from the
   * group description which partitions it owns.
   */
  static Map<String, String> properties(
      Lab lab, String group, int index, Map<String, String> overrides) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", Integer.toString(Ports.free()));
    // Several workers run on this machine: each its own (free, loopback) actuator port.
    properties.put("management.server.port", Integer.toString(Ports.free()));
    properties.put("spring.kafka.bootstrap-servers", lab.bootstrapServers());
    properties.put("spring.kafka.consumer.client-id", clientId(group, index));
    properties.put("worker.intake.group-id", group);
    properties.put("worker.platform.access-key-id", PLATFORM_KEY_ID);
    properties.put("worker.platform.principal", PLATFORM_PRINCIPAL);
    properties.put("worker.sts.endpoint", lab.emulator().stsEndpoint());
    properties.put("worker.sts.scheme", "HTTP");
    properties.put("worker.oss.endpoint-template", lab.emulator().ossEndpoint());
    properties.put("worker.sts.rate-limit-enabled", "true");
    // Each worker takes the STS share of the partitions it owns: nothing to say about the fleet.
    properties.putAll(overrides);
    return properties;
  }

  /** The secret goes through the environment, never the command line (ps shows that). */
  static Map<String, String> environment() {
    return Map.of("WORKER_PLATFORM_ACCESS_KEY_SECRET", PLATFORM_SECRET);
  }

  static String clientId(String group, int index) {
    return group + "-worker-" + index;
  }
}
