package io.storageintegrations.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls the REST API with the API key in {@code X-API-Key}; answers status and body. The CLI and
 * the process-level tests (chaos module) share it.
 */
public final class ApiClient {

  /** A status and the body as text. */
  public record Reply(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final String apiKey;

  public ApiClient(String baseUrl, String apiKey) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.apiKey = apiKey;
  }

  public Reply get(String path, Map<String, String> query)
      throws IOException, InterruptedException {
    return send(builder(path, query).GET());
  }

  public Reply post(String path, Map<String, String> query, String json)
      throws IOException, InterruptedException {
    return post(path, query, json, Map.of());
  }

  /** A POST with extra headers, e.g. {@code Idempotency-Key}. */
  public Reply post(
      String path, Map<String, String> query, String json, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        builder(path, query)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  public Reply delete(String path, Map<String, String> query)
      throws IOException, InterruptedException {
    return send(builder(path, query).DELETE());
  }

  private HttpRequest.Builder builder(String path, Map<String, String> query) {
    String queryString =
        query.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI uri = URI.create(baseUrl + path + (queryString.isEmpty() ? "" : "?" + queryString));
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(90))
        .header("X-API-Key", apiKey)
        .header("Accept", "application/json, application/problem+json");
  }

  private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }
}
