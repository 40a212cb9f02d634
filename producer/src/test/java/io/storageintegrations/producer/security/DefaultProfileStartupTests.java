package io.storageintegrations.producer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.storageintegrations.producer.ProducerApplication;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production jar's own configuration, without the local profile, holds no usable key. */
class DefaultProfileStartupTests {

  @Test
  void theDefaultProfileRefusesToStartWithoutConfiguredKeys() {
    Throwable failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                catchThrowable(
                    () ->
                        new SpringApplicationBuilder(ProducerApplication.class)
                            .run(
                                "--server.port=0",
                                "--management.server.port=0",
                                "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                                "--spring.main.banner-mode=off")
                            .close()));

    assertThat(failure).isNotNull();
    assertThat(rootMessage(failure))
        .contains("storage-integrations.security.api-keys: no API key configured");
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
