package io.storageintegrations.chaos.lab;

import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.testsupport.broker.Ports;
import io.storageintegrations.testsupport.process.AppSpec;
import io.storageintegrations.testsupport.process.ChildApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The cloud emulator standalone ({@code cloud-emulator-exec.jar}, demo seed) in its own JVM, and
 * the parts of its admin API the suite uses: the STS quota, and the call counters.
 */
public final class EmulatorProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final ChildApp app;
  private final int port;

  private EmulatorProcess(ChildApp app, int port) {
    this.app = app;
    this.port = port;
  }

  /** Small: what the suite's correctness runs need. */
  static final List<String> SMALL_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");

  static EmulatorProcess start(Path logsDir, List<String> jvmOptions) {
    int port = Ports.free();
    AppSpec spec =
        new AppSpec(
            "cloud-emulator",
            ExecJars.find("cloud-emulator"),
            jvmOptions,
            List.of("--port", Integer.toString(port), "--host", "127.0.0.1", "--quiet"),
            Map.of(),
            port,
            "cloud emulator listening");
    return new EmulatorProcess(ChildApp.start(spec, logsDir), port);
  }

  public long pid() {
    return app.pid();
  }

  /** {@code 127.0.0.1:<port>}: the worker's {@code worker.sts.endpoint}. */
  public String stsEndpoint() {
    return "127.0.0.1:" + port;
  }

  /** {@code http://127.0.0.1:<port>}: the worker's {@code worker.oss.endpoint-template}. */
  public String ossEndpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** AssumeRole calls per second per caller account before STS answers {@code Throttling.User}. */
  public void stsQuota(int perSecond) {
    send("PUT", "/settings", "{\"assumeRoleRatePerSecond\":" + perSecond + "}");
  }

  /**
   * How far a signed request's timestamp may be from the emulator's clock; STS signature nonces are
   * remembered for twice this, so a benchmark shortens it to keep that memory small.
   */
  public void maxClockSkew(int seconds) {
    send("POST", "/seed", "{\"settings\":{\"maxClockSkewSeconds\":" + seconds + "}}");
  }

  /** Adds to the emulator's cloud: accounts, buckets, roles and policies, as in a seed file. */
  public void seed(String json) {
    send("POST", "/seed", json);
  }

  /** Every cloud call answers after {@code millis} (0: at once). */
  public void latency(int millis) {
    clearFaults();
    if (millis > 0) {
      send("PUT", "/faults/*", "{\"latency\":{\"kind\":\"FIXED\",\"a\":" + millis + "}}");
    }
  }

  /** AssumeRole calls answered since the last reset of the counters, whatever their outcome. */
  public long assumeRoleCalls() {
    JsonNode counters = MessageCodec.mapper().readTree(send("GET", "/counters", null));
    long calls = 0;
    JsonNode byOutcome = counters.path("sts:AssumeRole");
    for (Map.Entry<String, JsonNode> outcome : byOutcome.properties()) {
      calls += outcome.getValue().asLong();
    }
    return calls;
  }

  public void clearFaults() {
    send("DELETE", "/faults", null);
  }

  public void resetCounters() {
    send("DELETE", "/counters", null);
  }

  /** How many calls the emulator answered with a {@code Throttling*} code since the last reset. */
  public long throttlingAnswers() {
    JsonNode counters = MessageCodec.mapper().readTree(send("GET", "/counters", null));
    long throttled = 0;
    for (JsonNode byOutcome : counters) {
      for (Map.Entry<String, JsonNode> outcome : byOutcome.properties()) {
        if (outcome.getKey().startsWith("Throttling")) {
          throttled += outcome.getValue().asLong();
        }
      }
    }
    return throttled;
  }

  public String detail() {
    return app.detail();
  }

  @Override
  public void close() {
    app.close();
  }

  private String send(String method, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_admin" + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " /_admin" + path + ": " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("emulator admin API unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
