package io.storageintegrations.testsupport.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one app from its executable jar: JVM options, the app's arguments, the environment
 * (secrets go here, never on the command line, where {@code ps} shows them), the port its actuator
 * answers on (0: the app serves no HTTP) and, for apps without an actuator, the log line that says
 * it is ready.
 */
public record AppSpec(
    String name,
    Path jar,
    List<String> jvmOptions,
    List<String> arguments,
    Map<String, String> environment,
    int port,
    String readyLogLine) {

  /** Small and quick to start: what a demo or a correctness harness needs, not a benchmark. */
  public static final List<String> SMALL_JVM =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private static final String SPRING_STARTED = "Started ";

  public AppSpec {
    jvmOptions = List.copyOf(jvmOptions);
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
  }

  /**
   * A Spring Boot app: ready when its actuator health answers UP on {@code port}, or (port 0) when
   * Spring logs that it started.
   */
  public AppSpec(
      String name, Path jar, List<String> arguments, Map<String, String> environment, int port) {
    this(name, jar, SMALL_JVM, arguments, environment, port, port > 0 ? null : SPRING_STARTED);
  }

  public AppSpec withJvmOptions(List<String> options) {
    return new AppSpec(name, jar, options, arguments, environment, port, readyLogLine);
  }

  /** Ready when the log contains {@code line}, whatever the port serves. */
  public AppSpec readyWhenLogSays(String line) {
    return new AppSpec(name, jar, jvmOptions, arguments, environment, port, line);
  }

  public String healthUrl() {
    return "http://127.0.0.1:" + port + "/actuator/health";
  }

  public String infoUrl() {
    return "http://127.0.0.1:" + port + "/actuator/info";
  }
}
