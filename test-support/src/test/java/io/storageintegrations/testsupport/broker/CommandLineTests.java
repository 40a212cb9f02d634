package io.storageintegrations.testsupport.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTests {

  @Test
  void defaultsToPort19092WithTheControllerOneAbove() {
    BrokerProcessSettings settings = CommandLine.parse();

    assertThat(settings.port()).isEqualTo(19092);
    assertThat(settings.controllerPort()).isEqualTo(19093);
    assertThat(settings.dir()).isEqualTo(Path.of("work/kafka").toAbsolutePath());
    assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:19092");
  }

  @Test
  void takesPortsAndDirectory() {
    BrokerProcessSettings settings =
        CommandLine.parse("--port", "29092", "--controller-port", "29999", "--dir", "/tmp/k");

    assertThat(settings).isEqualTo(new BrokerProcessSettings(Path.of("/tmp/k"), 29092, 29999));
  }

  @Test
  void rejectsUnknownOptionsMissingValuesAndClashingPorts() {
    assertThatThrownBy(() -> CommandLine.parse("--prot", "1"))
        .hasMessageContaining("Unknown option --prot");
    assertThatThrownBy(() -> CommandLine.parse("--port"))
        .hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> CommandLine.parse("--port", "5", "--controller-port", "5"))
        .hasMessageContaining("two distinct ports");
  }
}
