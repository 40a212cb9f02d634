package io.storageintegrations.worker.config;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Hosts besides loopback that the worker may call over plain HTTP: an emulator in a container
 * network, never Alibaba Cloud. Every other STS and OSS endpoint must use HTTPS.
 */
@Validated
@ConfigurationProperties("worker.cloud")
public record CloudTransportProperties(Set<String> insecureHttpHosts) {

  public CloudTransportProperties {
    insecureHttpHosts = insecureHttpHosts == null ? Set.of() : Set.copyOf(insecureHttpHosts);
  }
}
