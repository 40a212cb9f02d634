package io.storageintegrations.producer;

import io.storageintegrations.model.message.MessageCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the API under test; bodies are read as plain maps and lists. */
final class Api {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  String base() {
    return base;
  }

  /** A response: status, headers, the raw body and its JSON object (or null). */
  record Response(int status, HttpHeaders headers, String body, Map<String, Object> json) {

    @SuppressWarnings("unchecked")
    <T> T at(String path) {
      Object node = json;
      for (String part : path.split("\\.")) {
        if (node instanceof Map<?, ?> map) {
          node = map.get(part);
        } else if (node instanceof List<?> list) {
          node = list.get(Integer.parseInt(part));
        } else {
          return null;
        }
      }
      return (T) node;
    }

    String text(String path) {
      Object value = at(path);
      return value == null ? null : value.toString();
    }

    /** The field-level messages of a problem detail, as "field: message". */
    List<String> fieldErrors() {
      List<Map<String, Object>> errors = at("errors");
      return errors == null
          ? List.of()
          : errors.stream().map(e -> e.get("field") + ": " + e.get("message")).toList();
    }
  }

  Response get(String key, String path) {
    return send(request(key, path).GET());
  }

  Response delete(String key, String path) {
    return send(request(key, path).DELETE());
  }

  Response post(String key, String path, Object body) {
    return post(key, path, body, Map.of());
  }

  Response post(String key, String path, Object body, Map<String, String> headers) {
    String json = body instanceof String s ? s : MessageCodec.toJsonString(body);
    HttpRequest.Builder request = request(key, path).header("Content-Type", "application/json");
    headers.forEach(request::header);
    return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String key, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (key != null) {
      builder.header("X-API-Key", key);
    }
    return builder;
  }

  @SuppressWarnings("unchecked")
  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      Map<String, Object> json = null;
      if (body != null && body.startsWith("{")) {
        json = MessageCodec.mapper().readValue(body, Map.class);
      }
      return new Response(response.statusCode(), response.headers(), body, json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
