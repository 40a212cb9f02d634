package io.storageintegrations.testsupport.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the single-node combined KRaft config and a console logging config for whichever SLF4J
 * binding the child's classpath carries (its console goes to {@code broker.log}).
 */
final class BrokerFiles {

  private BrokerFiles() {}

  static void write(BrokerProcessSettings settings) {
    try {
      Files.createDirectories(settings.dataDir());
      Files.writeString(settings.serverProperties(), serverProperties(settings));
      Files.writeString(log4j2Config(settings), LOG4J2);
      Files.writeString(logbackConfig(settings), LOGBACK);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write broker files in " + settings.dir(), e);
    }
  }

  static boolean formatted(BrokerProcessSettings settings) {
    return Files.exists(settings.dataDir().resolve("meta.properties"));
  }

  static Path log4j2Config(BrokerProcessSettings settings) {
    return settings.dir().resolve("log4j2.properties");
  }

  static Path logbackConfig(BrokerProcessSettings settings) {
    return settings.dir().resolve("logback.xml");
  }

  private static String serverProperties(BrokerProcessSettings s) {
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + s.controllerPort(),
        "listeners=PLAINTEXT://127.0.0.1:"
            + s.port()
            + ",CONTROLLER://127.0.0.1:"
            + s.controllerPort(),
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + s.port(),
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "inter.broker.listener.name=PLAINTEXT",
        "log.dirs=" + s.dataDir(),
        "num.partitions=3",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=10",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        // 50 by default: seconds of partition creation on the first transaction
        "transaction.state.log.num.partitions=10",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        // After a hard kill the old registration blocks the restart until its session expires.
        "broker.heartbeat.interval.ms=1000",
        "broker.session.timeout.ms=4000",
        "");
  }

  private static final String LOG4J2 =
      """
      status = warn
      appender.out.type = Console
      appender.out.name = out
      appender.out.layout.type = PatternLayout
      appender.out.layout.pattern = [%d] %p %m (%c)%n
      rootLogger.level = info
      rootLogger.appenderRef.out.ref = out
      logger.request.name = kafka.request.logger
      logger.request.level = warn
      """;

  private static final String LOGBACK =
      """
      <configuration>
        <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
          <encoder><pattern>[%d] %level %logger - %msg%n</pattern></encoder>
        </appender>
        <logger name="kafka.request.logger" level="WARN"/>
        <root level="INFO"><appender-ref ref="out"/></root>
      </configuration>
      """;
}
