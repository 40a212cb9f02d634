package io.storageintegrations.client;

import io.storageintegrations.model.message.AccessMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For jobs: short-lived credentials for an integration, narrowed to a prefix and an access, from
 * {@code POST /v1/storage-integrations/{id}/credentials} with a job key. A call blocks its thread
 * (an interrupt does not cancel it; the read timeout is 30 s) over a connection the JVM keeps alive
 * for the next call; the instance holds no credentials itself. Redirects are not followed, so the
 * job key goes nowhere but {@code baseUrl}. A connection that closes before any answer makes the
 * JDK send the request once more, which is safe: the same scope is served from the cache.
 *
 * <pre>{@code
 * var client = new CredentialsClient(URI.create("http://127.0.0.1:8080"), jobKey);
 * Credentials c = client.vend(integrationId, AccessMode.READ_WRITE, "backups/2026-12-01/",
 *     Duration.ofMinutes(15));
 * }</pre>
 */
public final class CredentialsClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 30_000;

  private final URI baseUrl;
  private final String jobKey;

  public CredentialsClient(URI baseUrl, String jobKey) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.jobKey = Objects.requireNonNull(jobKey, "jobKey");
  }

  /** STS credentials for the prefix; a refusal throws {@link VendingRefusedException}. */
  public Credentials vend(
      String integrationId, AccessMode access, String prefix, Duration duration) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access", access.name());
    body.put("prefix", prefix);
    body.put("durationSeconds", duration.toSeconds());
    URI endpoint =
        URI.create(
            baseUrl.toString().replaceAll("/+$", "")
                + "/v1/storage-integrations/"
                + integrationId
                + "/credentials");
    Reply response;
    try {
      response = post(endpoint, JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new VendingRefusedException(0, "unreachable", "the API could not be reached", Map.of());
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (RuntimeException e) {
      // e.g. a proxy's HTML error page
      throw new VendingRefusedException(
          response.status(), "not-json", "the API answered without a JSON body", Map.of());
    }
    if (response.status() != 200) {
      throw VendingRefusedException.of(response.status(), answer);
    }
    return new Credentials(
        integrationId,
        answer.path("accessKeyId").asString(),
        answer.path("accessKeySecret").asString(),
        answer.path("securityToken").asString(),
        Instant.parse(answer.path("expiration").asString()),
        answer.path("bucket").asString(),
        answer.path("region").asString(),
        answer.path("endpoint").asString(),
        answer.path("prefix").asString(),
        AccessMode.valueOf(answer.path("access").asString()),
        answer.path("requestId").asString());
  }

  private record Reply(int status, byte[] body) {}

  /**
   * Blocking, in the caller's thread, over a kept-alive connection, with headers and body in one
   * write: a job waits for its answer anyway, and the JDK's async client spent about 0.7 ms of CPU
   * a call handing it between threads (VendingBenchmark).
   */
  private Reply post(URI endpoint, byte[] body) throws IOException {
    HttpURLConnection call = (HttpURLConnection) endpoint.toURL().openConnection(Proxy.NO_PROXY);
    call.setConnectTimeout(CONNECT_TIMEOUT_MS);
    call.setReadTimeout(READ_TIMEOUT_MS);
    call.setInstanceFollowRedirects(false);
    call.setRequestMethod("POST");
    call.setDoOutput(true);
    call.setRequestProperty("X-API-Key", jobKey);
    call.setRequestProperty("Content-Type", "application/json");
    call.setRequestProperty("Accept", "application/json, application/problem+json");
    try (OutputStream out = call.getOutputStream()) {
      out.write(body);
    }
    int status = call.getResponseCode();
    // read to the end and close, so the connection goes back to the keep-alive cache
    try (InputStream in = status >= 400 ? call.getErrorStream() : call.getInputStream()) {
      return new Reply(status, in == null ? new byte[0] : in.readAllBytes());
    }
  }

  /** Vended credentials; {@link #toString()} hides the secret and the token. */
  public record Credentials(
      String integrationId,
      String accessKeyId,
      String accessKeySecret,
      String securityToken,
      Instant expiration,
      String bucket,
      String region,
      String endpoint,
      String prefix,
      AccessMode access,
      String requestId) {

    /** Whether to vend again before using them: less than {@code margin} left. */
    public boolean expiresWithin(Duration margin, Instant now) {
      return !now.plus(margin).isBefore(expiration);
    }

    @Override
    public String toString() {
      return "Credentials["
          + integrationId
          + " "
          + access
          + " "
          + bucket
          + "/"
          + prefix
          + " until "
          + expiration
          + ", <redacted>]";
    }
  }

  /** The API's problem: status, problem type (after the URN prefix), detail, other members. */
  public static final class VendingRefusedException extends RuntimeException {

    private final int status;
    private final String type;
    private final Map<String, Object> problem;

    VendingRefusedException(int status, String type, String detail, Map<String, Object> problem) {
      super(status + " " + type + ": " + detail, null, false, false);
      this.status = status;
      this.type = type;
      this.problem = Map.copyOf(problem);
    }

    static VendingRefusedException of(int status, JsonNode problem) {
      String type = problem.path("type").asString("");
      Map<String, Object> members = new LinkedHashMap<>();
      problem
          .properties()
          .forEach(e -> members.put(e.getKey(), e.getValue().asString(e.getValue().toString())));
      return new VendingRefusedException(
          status,
          type.substring(type.lastIndexOf(':') + 1),
          problem.path("detail").asString(""),
          members);
    }

    public int status() {
      return status;
    }

    public String type() {
      return type;
    }

    /** Every member of the problem (state, failingCheck, code, remediation, …) as text. */
    public Map<String, Object> problem() {
      return problem;
    }
  }
}
