package io.storageintegrations.worker.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.storageintegrations.worker.WorkerApplication;
import io.storageintegrations.worker.config.CloudTransportProperties;
import io.storageintegrations.worker.config.OssProperties;
import io.storageintegrations.worker.config.StsProperties;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TransportPolicyTests {

  private static final CloudTransportProperties NONE = new CloudTransportProperties(Set.of());

  private static StsProperties sts(String endpoint, String scheme) {
    return new Binder(
            new MapConfigurationPropertySource(
                Map.of("worker.sts.endpoint", endpoint, "worker.sts.scheme", scheme)))
        .bindOrCreate("worker.sts", StsProperties.class);
  }

  private static OssProperties oss(String template) {
    return new Binder(
            new MapConfigurationPropertySource(Map.of("worker.oss.endpoint-template", template)))
        .bindOrCreate("worker.oss", OssProperties.class);
  }

  @Test
  void plainHttpToANonLoopbackStsEndpointIsRefusedNamingTheProperty() {
    assertThatThrownBy(() -> TransportPolicy.requireSecure(sts("sts.aliyuncs.com", "HTTP"), NONE))
        .hasMessageContaining("worker.sts.scheme=HTTP")
        .hasMessageContaining("sts.aliyuncs.com");
    assertThatThrownBy(() -> TransportPolicy.requireSecure(sts("10.1.2.3:9000", "HTTP"), NONE))
        .hasMessageContaining("worker.sts.scheme");
    assertThatCode(() -> TransportPolicy.requireSecure(sts("sts.aliyuncs.com", "HTTPS"), NONE))
        .doesNotThrowAnyException();
    assertThatCode(() -> TransportPolicy.requireSecure(sts("127.0.0.1:18080", "HTTP"), NONE))
        .doesNotThrowAnyException();
    assertThatCode(() -> TransportPolicy.requireSecure(sts("localhost:18080", "HTTP"), NONE))
        .doesNotThrowAnyException();
  }

  @Test
  void plainHttpToANonLoopbackOssEndpointIsRefusedNamingTheProperty() {
    assertThatThrownBy(
            () -> TransportPolicy.requireSecure(oss("http://oss-{region}.aliyuncs.com"), NONE))
        .hasMessageContaining("worker.oss.endpoint-template");
    assertThatCode(
            () -> TransportPolicy.requireSecure(oss("https://oss-{region}.aliyuncs.com"), NONE))
        .doesNotThrowAnyException();
    assertThatCode(() -> TransportPolicy.requireSecure(oss("http://127.0.0.1:18080"), NONE))
        .doesNotThrowAnyException();
  }

  @Test
  void anEmulatorHostMayBeAllowedExplicitlyButNeverAlibabaCloud() {
    CloudTransportProperties emulator =
        new CloudTransportProperties(Set.of("172.30.0.10", "sts.aliyuncs.com"));

    assertThatCode(() -> TransportPolicy.requireSecure(sts("172.30.0.10:9000", "HTTP"), emulator))
        .doesNotThrowAnyException();
    assertThatCode(() -> TransportPolicy.requireSecure(oss("http://172.30.0.10:9000"), emulator))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> TransportPolicy.requireSecure(sts("sts.aliyuncs.com", "HTTP"), emulator))
        .hasMessageContaining("worker.sts.scheme");
  }

  @Test
  void theWorkerDoesNotStartWithPlainHttpToARemoteEndpoint() {
    Throwable failure =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(WorkerApplication.class)
                    .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                        "--worker.platform.access-key-id=LTAI5tPlatformValidator01",
                        "--worker.platform.access-key-secret=secret-0123456789",
                        "--worker.platform.principal=acs:ram::1000000000000001:root",
                        "--worker.sts.endpoint=10.1.2.3:9000",
                        "--worker.sts.scheme=HTTP")
                    .close());

    assertThat(failure).isNotNull();
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertThat(root.getMessage()).contains("worker.sts.scheme=HTTP").contains("10.1.2.3:9000");
  }
}
