package io.storageintegrations.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PublisherSettingsTests {

  @Test
  void durabilityCannotBeWeakenedByOverrides() {
    Properties properties =
        new PublisherSettings(
                "127.0.0.1:9092",
                "/console",
                Map.of("acks", "0", "enable.idempotence", "false", "security.protocol", "SSL"))
            .producerProperties();

    assertThat(properties)
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", "true")
        .containsEntry("security.protocol", "SSL");
  }
}
