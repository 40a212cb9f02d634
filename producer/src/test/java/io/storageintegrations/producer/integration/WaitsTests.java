package io.storageintegrations.producer.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storageintegrations.producer.problem.ApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitsTests {

  private static final Duration MAX = Duration.ofSeconds(30);

  @Test
  void acceptsIsoDurationsAndSecondsBoundedByTheMaximum() {
    assertThat(Waits.parse("PT10S", MAX)).hasValue(Duration.ofSeconds(10));
    assertThat(Waits.parse("2.5s", MAX)).hasValue(Duration.ofMillis(2500));
    assertThat(Waits.parse("7", MAX)).hasValue(Duration.ofSeconds(7));
    assertThat(Waits.parse("PT10M", MAX)).hasValue(MAX);
    assertThat(Waits.parse(null, MAX)).isEmpty();
  }

  @Test
  void rejectsNonsenseAndNegativeWaits() {
    assertThatThrownBy(() -> Waits.parse("soon", MAX)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Waits.parse("-PT1S", MAX)).isInstanceOf(ApiException.class);
  }
}
