package io.storageintegrations.testsupport.broker;

import java.nio.file.Path;

/**
 * Where the broker keeps its files and which loopback ports it listens on.
 *
 * @param dir holds {@code server.properties}, {@code broker.log} and the log segments in {@code
 *     data/}
 * @param port the client (PLAINTEXT) listener on 127.0.0.1
 * @param controllerPort the KRaft controller listener on 127.0.0.1
 */
public record BrokerProcessSettings(Path dir, int port, int controllerPort) {

  public static final int DEFAULT_PORT = 19092;

  public BrokerProcessSettings {
    dir = dir.toAbsolutePath().normalize();
    if (port <= 0 || controllerPort <= 0 || port == controllerPort) {
      throw new IllegalArgumentException(
          "Need two distinct ports, got " + port + " and " + controllerPort);
    }
  }

  /** The controller listens on the next port up. */
  public static BrokerProcessSettings of(Path dir, int port) {
    return new BrokerProcessSettings(dir, port, port + 1);
  }

  /** Two ports free right now, for tests that must not collide with a local stack or each other. */
  public static BrokerProcessSettings onFreePorts(Path dir) {
    return new BrokerProcessSettings(dir, Ports.free(), Ports.free());
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  Path dataDir() {
    return dir.resolve("data");
  }

  Path serverProperties() {
    return dir.resolve("server.properties");
  }

  Path logFile() {
    return dir.resolve("broker.log");
  }
}
