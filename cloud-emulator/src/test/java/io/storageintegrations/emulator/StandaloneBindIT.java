package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The standalone emulator listens on loopback unless {@code --host} names another address. */
class StandaloneBindIT {

  @Test
  void withoutHostItIsReachableOnLoopbackOnly() throws IOException {
    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
    try (CloudEmulator emulator = CloudEmulatorMain.parse("--port", "0", "--quiet").start()) {
      connect(InetAddress.getLoopbackAddress(), emulator.port());
      assertThatThrownBy(() -> connect(external.get(), emulator.port()))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void hostWidensTheBindWhenAsked() throws IOException {
    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
    try (CloudEmulator emulator =
        CloudEmulatorMain.parse("--port", "0", "--quiet", "--host", "0.0.0.0").start()) {
      connect(external.get(), emulator.port());
      assertThat(emulator.stsEndpoint()).startsWith("127.0.0.1:");
    }
  }

  private static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }
}
