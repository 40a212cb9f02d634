package io.storageintegrations.localstack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTests {

  @Test
  void namesEveryBusyPortAndTheOptionThatMovesIt() throws IOException {
    try (ServerSocket producer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ServerSocket worker = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int free = freePort();
      StackOptions options =
          StackOptions.parse(
              "--kafka-port", String.valueOf(free),
              "--emulator-port", String.valueOf(free + 2),
              "--producer-port", String.valueOf(producer.getLocalPort()),
              "--worker-port", String.valueOf(worker.getLocalPort()));

      assertThatThrownBy(() -> Ports.requireFree(options))
          .hasMessageContaining(
              "port " + producer.getLocalPort() + " for the producer (--producer-port)")
          .hasMessageContaining("port " + worker.getLocalPort() + " for the worker (--worker-port)")
          .hasMessageNotContaining("port " + free + " ");
    }
  }

  @Test
  void freePortsPass() throws IOException {
    int base = freePort();
    StackOptions options =
        StackOptions.parse(
            "--kafka-port", String.valueOf(base),
            "--emulator-port", String.valueOf(freePort()),
            "--producer-port", String.valueOf(freePort()),
            "--worker-port", String.valueOf(freePort()));

    assertThatCode(() -> Ports.requireFree(options)).doesNotThrowAnyException();
  }

  @Test
  void twoComponentsOnOnePortAreRefused() {
    StackOptions options = StackOptions.parse("--producer-port", "28081", "--worker-port", "28081");

    assertThatThrownBy(() -> Ports.requireFree(options)).hasMessageContaining("share a port");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
