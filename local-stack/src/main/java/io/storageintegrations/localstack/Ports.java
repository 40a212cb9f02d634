package io.storageintegrations.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Every loopback port the stack will listen on, checked before anything starts. */
final class Ports {

  private Ports() {}

  /** Throws naming every port something already answers on, and the option that moves it. */
  static void requireFree(StackOptions options) {
    Map<Integer, String> wanted = new LinkedHashMap<>();
    wanted.put(options.kafkaPort(), "Kafka broker (--kafka-port)");
    wanted.put(options.kafkaPort() + 1, "Kafka controller (--kafka-port N uses N+1)");
    wanted.put(options.emulatorPort(), "cloud emulator (--emulator-port)");
    wanted.put(options.producerPort(), "producer (--producer-port)");
    wanted.put(options.workerPort(), "worker (--worker-port)");
    wanted.put(
        options.workerVendingPort(), "worker's credential vending (--worker-port N uses N+200)");
    if (wanted.size() < 6) {
      throw new IllegalStateException("two components would share a port: " + wanted.keySet());
    }
    Map<Integer, String> busy =
        wanted.entrySet().stream()
            .filter(entry -> inUse(entry.getKey()))
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    if (!busy.isEmpty()) {
      throw new IllegalStateException(
          "in use on 127.0.0.1 (another local stack, Kafka or app?): "
              + busy.entrySet().stream()
                  .map(entry -> "port " + entry.getKey() + " for the " + entry.getValue())
                  .collect(Collectors.joining("; "))
              + ". Stop what holds them, or pick other ports.");
    }
  }

  static boolean inUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException free) {
      return false;
    }
  }
}
