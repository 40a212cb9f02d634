package io.storageintegrations.localstack.kafka;

import io.storageintegrations.localstack.Console;
import io.storageintegrations.testsupport.broker.BrokerProcessSettings;
import io.storageintegrations.testsupport.broker.KafkaBrokerProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

/**
 * A real single-node KRaft broker in its own process on a fixed loopback port, data on disk. A
 * second run reuses the data of the first when the broker starts on it; when it does not (a corrupt
 * or incompatible directory), the directory is wiped and the broker started afresh. Either way the
 * console says which.
 */
public final class LocalKafka implements AutoCloseable, Console.Detailed {

  private final KafkaBrokerProcess broker;
  private final String detail;

  private LocalKafka(KafkaBrokerProcess broker, String detail) {
    this.broker = broker;
    this.detail = detail;
  }

  /** Starts the broker and creates the topics; {@code clean} wipes a previous run's data first. */
  public static LocalKafka start(Path dir, int port, boolean clean) {
    requireFree(port);
    requireFree(port + 1);
    BrokerProcessSettings settings = BrokerProcessSettings.of(dir, port);
    String workDir;
    KafkaBrokerProcess broker;
    if (clean && WorkDirectory.hasPreviousRun(dir)) {
      WorkDirectory.wipe(dir);
      workDir = "work directory " + dir + " cleaned (--clean)";
      broker = new KafkaBrokerProcess(settings).start();
    } else if (WorkDirectory.hasPreviousRun(dir)) {
      broker = new KafkaBrokerProcess(settings);
      try {
        broker.start();
        workDir =
            "reusing the previous run's data in "
                + dir
                + ": integrations survive (--clean starts empty)";
      } catch (RuntimeException unusable) {
        broker.kill();
        WorkDirectory.wipe(dir);
        workDir =
            "the previous run's data in "
                + dir
                + " was unusable ("
                + firstLine(unusable.getMessage())
                + "), cleaned it";
        broker = new KafkaBrokerProcess(settings).start();
      }
    } else {
      workDir = "new work directory " + dir;
      broker = new KafkaBrokerProcess(settings).start();
    }
    int created = TopicSetup.create(broker.bootstrapServers());
    String topics =
        created == 4
            ? "4 topics created"
            : created == 0 ? "4 topics kept" : created + " of 4 topics created";
    return new LocalKafka(broker, workDir + "; " + topics + "; pid " + broker.pid());
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  @Override
  public String detail() {
    return detail;
  }

  @Override
  public void close() {
    broker.stop();
  }

  private static void requireFree(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
    } catch (IOException free) {
      return;
    }
    throw new IllegalStateException(
        "port "
            + port
            + " on 127.0.0.1 is in use: is another local stack or Kafka running? Stop it, or"
            + " pick other ports with --kafka-port");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
