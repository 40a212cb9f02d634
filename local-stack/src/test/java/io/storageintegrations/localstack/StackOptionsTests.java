package io.storageintegrations.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackOptionsTests {

  @Test
  void defaultsAreTheFixedPortsTheDocsName() {
    StackOptions options = StackOptions.parse();

    assertThat(options.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    assertThat(options.producerUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(options.emulatorPort()).isEqualTo(19000);
    assertThat(options.workerPort()).isEqualTo(8081);
    assertThat(options.kafkaDir()).isEqualTo(Path.of("work", "kafka"));
    assertThat(options.demo()).isTrue();
    assertThat(options.clean()).isFalse();
    assertThat(options.exitAfterDemo()).isFalse();
  }

  @Test
  void everyOptionOverridesItsDefaultOnly() {
    StackOptions options =
        StackOptions.parse(
            "--work-dir",
            "/tmp/w",
            "--kafka-port",
            "29092",
            "--emulator-port",
            "29000",
            "--producer-port",
            "28080",
            "--worker-port",
            "28081",
            "--clean",
            "--no-demo",
            "--exit-after-demo");

    assertThat(options)
        .isEqualTo(
            new StackOptions(Path.of("/tmp/w"), 29092, 29000, 28080, 28081, true, false, true));
    assertThat(options.logsDir()).isEqualTo(Path.of("/tmp/w/logs"));
  }

  @Test
  void badInputIsNamedWithTheUsage() {
    assertThatThrownBy(() -> StackOptions.parse("--kafka-port", "ninety"))
        .hasMessageContaining("--kafka-port needs a port number, got 'ninety'");
    assertThatThrownBy(() -> StackOptions.parse("--producer-port"))
        .hasMessageContaining("--producer-port needs a value")
        .hasMessageContaining("Usage:");
    assertThatThrownBy(() -> StackOptions.parse("--verbose"))
        .hasMessageContaining("unknown option --verbose");
  }
}
