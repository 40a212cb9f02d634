package io.storageintegrations.testsupport.broker;

import java.nio.file.Path;

/** Parses {@code --port}, {@code --controller-port} and {@code --dir} for the broker's main. */
final class CommandLine {

  private CommandLine() {}

  static BrokerProcessSettings parse(String... args) {
    int port = BrokerProcessSettings.DEFAULT_PORT;
    Integer controllerPort = null;
    Path dir = Path.of("work", "kafka");
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(required(args[i], value));
        case "--controller-port" -> controllerPort = Integer.parseInt(required(args[i], value));
        case "--dir" -> dir = Path.of(required(args[i], value));
        default ->
            throw new IllegalArgumentException(
                "Unknown option " + args[i] + "; use --port N --controller-port N --dir PATH");
      }
      i++;
    }
    return new BrokerProcessSettings(dir, port, controllerPort == null ? port + 1 : controllerPort);
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
