package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deny by default on a real server: request lines sent byte for byte, so Tomcat's own parsing and
 * normalisation are part of what is tested.
 */
class ApiPathSecurityIT extends ProducerItSupport {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1;x/storage-integrations?projectId=p1",
        "/v1/storage-integrations;x=1?projectId=p1",
        "/v1/storage-integrations/..;/storage-integrations?projectId=p1",
        "/v1/%2e%2e/actuator/env",
        "/v1/storage-integrations%2Fevents?projectId=p1",
        "/v1//storage-integrations?projectId=p1",
        "//v1/storage-integrations?projectId=p1",
        "/v1/storage-integrations/%5c..%5cactuator"
      })
  void nonCanonicalPathsAreRejectedWithAProblem(String target) {
    for (String key : new String[] {null, P1}) {
      RawHttp.Answer answer =
          RawHttp.get(port, target, key == null ? Map.of() : Map.of("X-API-Key", key));

      assertThat(answer.status()).as(target + " key " + key).isEqualTo(400);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.body()).contains("urn:storage-integrations:problem:rejected-request");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/V1/storage-integrations?projectId=p1",
        "/v1/STORAGE-INTEGRATIONS?projectId=p1",
        "/actuator/env",
        "/actuator/metrics",
        "/anything-else",
        "/error"
      })
  void pathsNotListedAsPublicNeedAKey(String target) {
    RawHttp.Answer answer = RawHttp.get(port, target, Map.of());

    assertThat(answer.status()).as(target).isEqualTo(401);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body()).contains("API key missing");
  }

  @Test
  void theCanonicalPathWithAKeyIsServed() {
    assertThat(
            RawHttp.get(port, "/v1/storage-integrations?projectId=p1", Map.of("X-API-Key", P1))
                .status())
        .isEqualTo(200);
    assertThat(RawHttp.get(port, "/status.html", Map.of()).status()).isEqualTo(200);
  }
}
