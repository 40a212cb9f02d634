package io.storageintegrations.producer.vending;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the workers' internal vending endpoint with the internal token (HTTP/1.1 keep-alive, one
 * client for the process). The endpoint and the {@code Authorization} value are made once: a vend
 * neither re-reads a mounted token file nor rebuilds the URI (a changed token needs a restart, as
 * on the worker, which reads its token once too).
 */
@Component
class WorkerVendingClient {

  static final String PATH = "/internal/v1/credentials";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The worker's status and JSON body. */
  record WorkerAnswer(int status, JsonNode body) {
    String text(String field) {
      JsonNode value = body == null ? null : body.get(field);
      return value == null || value.isNull() ? null : value.asString();
    }
  }

  private final VendingProperties properties;
  private final URI endpoint;
  private final String authorization;
  private final HttpClient http;

  WorkerVendingClient(VendingProperties properties) {
    this.properties = properties;
    this.endpoint =
        properties.configured()
            ? URI.create(properties.workerUrl().toString().replaceAll("/+$", "") + PATH)
            : null;
    this.authorization = properties.configured() ? "Bearer " + properties.secret() : null;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  /** Throws IOException when the worker cannot be reached or answers no JSON. */
  WorkerAnswer vend(Map<String, Object> request) throws IOException, InterruptedException {
    HttpRequest call =
        HttpRequest.newBuilder(endpoint)
            .timeout(properties.timeout())
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)))
            .build();
    HttpResponse<byte[]> response = http.send(call, HttpResponse.BodyHandlers.ofByteArray());
    try {
      return new WorkerAnswer(response.statusCode(), JSON.readTree(response.body()));
    } catch (RuntimeException e) {
      throw new IOException(
          "the vending service answered " + response.statusCode() + " without JSON");
    }
  }
}
