package io.storageintegrations.testsupport.broker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Runs a Kafka main class in a child JVM on this JVM's classpath, output appended to the log. */
final class ChildJvm {

  private static final String HEAP = "-Xmx512m";

  private ChildJvm() {}

  /** The child runs in the broker's directory, so relative class path entries must be resolved. */
  private static String absoluteClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  static Process start(BrokerProcessSettings settings, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-Djava.awt.headless=true");
    command.add("-Dkafka.logs.dir=" + settings.dir());
    command.add("-Dlog4j2.configurationFile=" + BrokerFiles.log4j2Config(settings).toUri());
    command.add("-Dlogback.configurationFile=" + BrokerFiles.logbackConfig(settings));
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
    command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
    command.add("-cp");
    command.add(absoluteClassPath());
    command.add(mainClass);
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command)
          .directory(settings.dir().toFile())
          .redirectErrorStream(true)
          .redirectOutput(Redirect.appendTo(settings.logFile().toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + mainClass, e);
    }
  }
}
