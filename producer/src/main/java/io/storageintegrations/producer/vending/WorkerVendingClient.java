package io.storageintegrations.producer.vending;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the workers' internal vending endpoint with the internal token, blocking in the caller's
 * thread over a kept-alive connection ({@link HttpURLConnection}): the JDK's async {@code
 * HttpClient} hands every call to a selector thread and back, which cost more than the worker's own
 * answer on a cache hit (docs/worker.md, "Vending benchmark"). The endpoint and the {@code
 * Authorization} value are made once: a vend neither re-reads a mounted token file nor rebuilds the
 * URL (a changed token needs a restart, as on the worker, which reads its token once too). A
 * connection that closes before any answer makes the JDK send the request once more; a vend is safe
 * to repeat (the worker's cache and single flight make it at most one more AssumeRole). The JVM
 * keeps {@code http.maxConnections} idle connections per worker address (ProducerApplication raises
 * the JDK's 5 to the worker's vending threads).
 */
@Component
class WorkerVendingClient {

  static final String PATH = "/internal/v1/credentials";
  private static final int CONNECT_TIMEOUT_MS = 2_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The worker's status and JSON body. */
  record WorkerAnswer(int status, JsonNode body) {
    String text(String field) {
      JsonNode value = body == null ? null : body.get(field);
      return value == null || value.isNull() ? null : value.asString();
    }
  }

  private final VendingProperties properties;
  private final URL endpoint;
  private final String authorization;

  WorkerVendingClient(VendingProperties properties) throws MalformedURLException {
    this.properties = properties;
    this.endpoint =
        properties.configured()
            ? URI.create(properties.workerUrl().toString().replaceAll("/+$", "") + PATH).toURL()
            : null;
    this.authorization = properties.configured() ? "Bearer " + properties.secret() : null;
  }

  /** Throws IOException when the worker cannot be reached, is too slow or answers no JSON. */
  WorkerAnswer vend(Map<String, Object> request) throws IOException {
    byte[] body = JSON.writeValueAsBytes(request);
    HttpURLConnection call = (HttpURLConnection) endpoint.openConnection(Proxy.NO_PROXY);
    call.setConnectTimeout(CONNECT_TIMEOUT_MS);
    call.setReadTimeout(Math.toIntExact(properties.timeout().toMillis()));
    call.setInstanceFollowRedirects(false); // the token goes to the configured worker only
    call.setRequestMethod("POST");
    call.setDoOutput(true);
    call.setRequestProperty("Authorization", authorization);
    call.setRequestProperty("Content-Type", "application/json");
    // Buffered, not streamed: headers and body leave in one write. Streaming mode writes them
    // apart, and the body then waits for the headers' ACK (1.2 ms a call on loopback, measured).
    try (OutputStream out = call.getOutputStream()) {
      out.write(body);
    }
    int status = call.getResponseCode();
    byte[] answer;
    // read to the end and close, so the connection goes back to the keep-alive cache
    try (InputStream in = status >= 400 ? call.getErrorStream() : call.getInputStream()) {
      answer = in == null ? new byte[0] : in.readAllBytes();
    }
    try {
      return new WorkerAnswer(status, JSON.readTree(answer));
    } catch (RuntimeException e) {
      throw new IOException("the vending service answered " + status + " without JSON");
    }
  }
}
