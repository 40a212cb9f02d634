package io.storageintegrations.emulator;

import io.storageintegrations.emulator.seed.SeedException;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point: {@code java -jar cloud-emulator-exec.jar --port 18080 --seed demo.yaml
 * [--host 127.0.0.1]}. Listens on loopback unless {@code --host} says otherwise: the emulator
 * accepts its demo keys from anyone who reaches it. Exits with status 2 and a message for bad
 * arguments or seeds.
 */
public final class CloudEmulatorMain {

  private CloudEmulatorMain() {}

  static final String DEFAULT_HOST = "127.0.0.1";

  public static void main(String[] args) throws InterruptedException {
    CloudEmulator.Builder builder = parse(args);
    if (builder == null) {
      return;
    }
    CloudEmulator emulator;
    try {
      emulator = builder.start();
    } catch (SeedException e) {
      fail(e.getMessage());
      return;
    } catch (RuntimeException e) {
      fail(e.getMessage() + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
      return;
    }
    System.out.println(
        "cloud emulator listening: STS endpoint "
            + emulator.stsEndpoint()
            + ", OSS endpoint "
            + emulator.ossEndpoint()
            + ", admin "
            + emulator.adminUrl());
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    new CountDownLatch(1).await();
  }

  /** The emulator the arguments describe; null when only the usage was asked for. */
  static CloudEmulator.Builder parse(String... args) {
    CloudEmulator.Builder builder =
        CloudEmulator.builder()
            .host(DEFAULT_HOST)
            .port(18080)
            .seed(CloudEmulator.DEMO_SEED)
            .logRequests(true);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (arg) {
        case "--port" -> builder.port(parsePort(value));
        case "--seed" -> builder.seed(required(arg, value));
        case "--host" -> builder.host(required(arg, value));
        case "--quiet" -> {
          builder.logRequests(false);
          continue;
        }
        case "--help", "-h" -> {
          usage();
          return null;
        }
        default -> fail("unknown argument '" + arg + "'");
      }
      i++;
    }
    return builder;
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(required("--port", value));
      if (port < 0 || port > 65535) {
        fail("--port must be 0..65535");
      }
      return port;
    } catch (NumberFormatException e) {
      fail("--port needs a number, got '" + value + "'");
      return -1;
    }
  }

  private static String required(String arg, String value) {
    if (value == null || value.startsWith("--")) {
      fail(arg + " needs a value");
    }
    return value;
  }

  private static void usage() {
    System.out.println(
        "usage: java -jar cloud-emulator-exec.jar [--port 18080] [--seed classpath:seeds/demo.yaml|<file>]"
            + " [--host 127.0.0.1 (0.0.0.0: every interface)] [--quiet]");
  }

  private static void fail(String message) {
    System.err.println("cloud-emulator: " + message);
    System.exit(2);
  }
}
