package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-key call budgets and the request body cap. */
class AbuseLimitsIT extends ProducerItSupport {

  static final String LIMITED = "it-key-lim-0123456789abcdefghijklm";

  private Api.Response materials(String key, String project) {
    return api.post(
        key,
        "/v1/storage-integrations/authorization-materials",
        Map.of(
            "projectId",
            project,
            "bucket",
            "b-limits",
            "region",
            "cn-hangzhou",
            "access",
            "READ_ONLY"));
  }

  @Test
  void aKeyOverItsBudgetIsAnswered429WithRetryAfterAndOtherKeysAreNot() {
    int accepted = 0;
    Api.Response refused = null;
    for (int i = 0; i < 5 && refused == null; i++) {
      Api.Response answer = materials(LIMITED, "p6");
      if (answer.status() == 429) {
        refused = answer;
      } else {
        assertThat(answer.status()).isEqualTo(200);
        accepted++;
      }
    }

    assertThat(accepted).isLessThanOrEqualTo(3);
    assertThat(refused).isNotNull();
    assertThat(refused.text("type")).isEqualTo("urn:storage-integrations:problem:rate-limited");
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 61L);
    // Dry runs and creates draw on the same budget: refused before any check or publish.
    Api.Response dryRun =
        api.post(LIMITED, "/v1/storage-integrations/validate", body("p6", "n", "si-ext-x"));
    assertThat(dryRun.status()).isEqualTo(429);
    assertThat(materials(P1, "p1").status()).isEqualTo(200);
  }

  @Test
  void aBodyOverTheCapIsAnswered413() throws Exception {
    Map<String, Object> big = body("p1", unique("big"), "si-ext-x");
    big.put("description", "x".repeat(70_000));
    Api.Response declared = api.post(P1, "/v1/storage-integrations", big);

    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.text("type")).isEqualTo("urn:storage-integrations:problem:body-too-large");

    // Without Content-Length (chunked), the cap applies as the body is read.
    byte[] json =
        io.storageintegrations.model.message.MessageCodec.toJsonString(big)
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api.base() + "/v1/storage-integrations"))
                    .header("X-API-Key", P1)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(json)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("body-too-large");
  }
}
