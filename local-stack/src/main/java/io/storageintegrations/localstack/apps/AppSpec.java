package io.storageintegrations.localstack.apps;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one app: its executable jar, the Spring arguments, the environment (secrets go here,
 * never on the command line, where {@code ps} shows them) and the port its actuator answers on (0:
 * the app serves no HTTP).
 */
public record AppSpec(
    String name, Path jar, List<String> arguments, Map<String, String> environment, int port) {

  public AppSpec {
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
  }

  public String healthUrl() {
    return "http://127.0.0.1:" + port + "/actuator/health";
  }

  public String infoUrl() {
    return "http://127.0.0.1:" + port + "/actuator/info";
  }
}
