package io.storageintegrations.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import io.storageintegrations.worker.validation.TestCloud;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With its own application.yml, the worker's server port answers the two probes only; health
 * details and metrics are on the management port, which listens on loopback.
 */
@WithKafkaBroker
class ManagementExposureIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ConfigurableApplicationContext worker;
  private static int serverPort;
  private static int managementPort;

  @BeforeAll
  static void start() {
    CloudEmulator emulator = TestCloud.emulator();
    worker =
        new SpringApplicationBuilder(WorkerApplication.class)
            .run(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + KafkaBroker.bootstrapServers(),
                "--worker.platform.access-key-id=" + TestCloud.PLATFORM_KEY_ID,
                "--worker.platform.access-key-secret=" + TestCloud.PLATFORM_SECRET,
                "--worker.platform.principal=" + TestCloud.PRINCIPAL,
                "--worker.sts.endpoint=" + emulator.stsEndpoint(),
                "--worker.sts.scheme=HTTP",
                "--worker.oss.endpoint-template=" + emulator.ossEndpoint(),
                "--worker.intake.group-id=management-it");
    serverPort = Integer.parseInt(worker.getEnvironment().getProperty("local.server.port"));
    managementPort = Integer.parseInt(worker.getEnvironment().getProperty("local.management.port"));
  }

  @AfterAll
  static void stop() {
    if (worker != null) {
      worker.close();
    }
  }

  @Test
  void theServerPortAnswersTheProbesOnly() throws Exception {
    assertThat(get(serverPort, "/livez").statusCode()).isEqualTo(200);
    assertThat(get(serverPort, "/readyz").body()).contains("UP").doesNotContain("components");
    assertThat(get(serverPort, "/actuator/prometheus").statusCode()).isEqualTo(404);
    assertThat(get(serverPort, "/actuator/health").statusCode()).isEqualTo(404);
  }

  @Test
  void theManagementPortHasDetailsAndMetricsOnLoopbackOnly() throws Exception {
    assertThat(managementPort).isNotEqualTo(serverPort);
    assertThat(get(managementPort, "/actuator/health").body()).contains("\"components\"");
    assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_threads");

    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), managementPort), 2000);
              }
            })
        .isInstanceOf(IOException.class);
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
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
