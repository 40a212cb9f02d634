package io.storageintegrations.producer;

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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The API port serves only the two probes; health details, metrics and prometheus answer on the
 * management port, which listens on loopback only.
 */
class ManagementExposureIT extends ProducerItSupport {

  @Test
  void theApiPortServesTheProbesWithoutDetailsAndNoOtherActuatorEndpoint() {
    for (String probe : new String[] {"/livez", "/readyz"}) {
      RawHttp.Answer answer = RawHttp.get(port, probe, Map.of());
      assertThat(answer.status()).as(probe).isEqualTo(200);
      assertThat(answer.body()).contains("\"UP\"").doesNotContain("components", "registry");
    }
    for (String endpoint :
        new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/metrics"}) {
      assertThat(RawHttp.get(port, endpoint, Map.of()).status()).as(endpoint).isEqualTo(401);
      assertThat(RawHttp.get(port, endpoint, Map.of("X-API-Key", OPS)).status())
          .as(endpoint)
          .isEqualTo(404);
    }
  }

  @Test
  void theManagementPortServesDetailsMetricsAndProbes() {
    assertThat(managementPort).isNotEqualTo(port);
    RawHttp.Answer health = RawHttp.get(managementPort, "/actuator/health", Map.of());
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"registry\"");
    assertThat(RawHttp.get(managementPort, "/actuator/prometheus", Map.of()).body())
        .contains("storage_integrations_registry_events_total");
    assertThat(RawHttp.get(managementPort, "/actuator/health/liveness", Map.of()).status())
        .isEqualTo(200);
    assertThat(RawHttp.get(managementPort, "/actuator/health/readiness", Map.of()).status())
        .isEqualTo(200);
  }

  @Test
  void theManagementPortListensOnLoopbackOnly() throws IOException {
    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");

    assertThatThrownBy(() -> connect(external.get(), managementPort))
        .isInstanceOf(IOException.class);
    connect(InetAddress.getLoopbackAddress(), managementPort);
  }

  private static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
    }
  }

  static Optional<InetAddress> nonLoopbackAddress() throws IOException {
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
