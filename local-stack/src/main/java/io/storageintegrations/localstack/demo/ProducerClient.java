package io.storageintegrations.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The producer's REST API, as an upstream service or the console back end calls it. */
public final class ProducerClient {

  private static final String BASE = "/v1/storage-integrations";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String baseUrl;
  private final String apiKey;

  public ProducerClient(String baseUrl, String apiKey) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  Materials materials(String projectId, String bucket, String region, String access) {
    JsonNode body =
        send(
            "POST",
            BASE + "/authorization-materials",
            Map.of("projectId", projectId, "bucket", bucket, "region", region, "access", access),
            200);
    return new Materials(
        body.get("externalId").asString(), body.get("ramPolicy"), body.get("trustPolicy"));
  }

  /** Creates and waits up to {@code wait} for the outcome; the integration as described then. */
  JsonNode create(Map<String, Object> request, Duration wait) {
    return send("POST", BASE + "?wait=" + wait, request, 201, 202);
  }

  public JsonNode describe(String integrationId) {
    return send("GET", BASE + "/" + integrationId, null, 200);
  }

  /** Every integration of the project (all pages). */
  public List<JsonNode> list(String projectId) {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode body =
          send(
              "GET",
              BASE + "?projectId=" + encode(projectId) + "&size=100&page=" + page,
              null,
              200);
      body.get("items").forEach(all::add);
      if (all.size() >= body.get("total").asLong() || body.get("items").isEmpty()) {
        return all;
      }
    }
  }

  void delete(String integrationId, Duration wait) {
    send("DELETE", BASE + "/" + integrationId + "?wait=" + wait, null, 200, 202);
  }

  private JsonNode send(String method, String path, Object body, int... expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("X-API-Key", apiKey)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (int status : expected) {
        if (response.statusCode() == status) {
          return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        }
      }
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling " + path, e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
