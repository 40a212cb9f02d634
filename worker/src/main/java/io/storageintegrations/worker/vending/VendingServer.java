package io.storageintegrations.worker.vending;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.worker.config.OssProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /internal/v1/credentials} on its own port ({@code worker.vending.port}, bound to
 * {@code worker.vending.address}, loopback by default), for the producer only: a request without
 * the internal token is answered 401 before its body is read. A small JDK server rather than a
 * second Tomcat connector, so nothing of the worker's web application (probes, error pages) is
 * reachable here and nothing of this endpoint on the probe port.
 */
final class VendingServer implements SmartLifecycle {

  static final String PATH = "/internal/v1/credentials";
  private static final int MAX_BODY = 16 * 1024;
  private static final Logger log = LoggerFactory.getLogger(VendingServer.class);
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final VendingProperties properties;
  private final VendingToken token;
  private final CredentialVendor vendor;
  private final OssProperties oss;
  private final VendingMetrics metrics;
  private final ExecutorService threads;
  private volatile HttpServer server;

  VendingServer(
      VendingProperties properties,
      CredentialVendor vendor,
      OssProperties oss,
      VendingMetrics metrics,
      ExecutorService threads) {
    this.properties = properties;
    this.token = new VendingToken(properties.secret());
    this.vendor = vendor;
    this.oss = oss;
    this.metrics = metrics;
    this.threads = threads;
  }

  @Override
  public void start() {
    // Without it every answer waits for the client's delayed ACK (~40 ms, Nagle).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server =
          HttpServer.create(new InetSocketAddress(properties.address(), properties.port()), 256);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot listen on worker.vending.address/port "
              + properties.address()
              + ":"
              + properties.port(),
          e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
    log.info("credential vending listening on {}:{}", properties.address(), port());
  }

  /** The port bound (useful with port 0). */
  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
    threads.shutdown();
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  private void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    VendingAnswers.Answer answer;
    try {
      answer = answer(exchange);
    } catch (RuntimeException e) {
      log.error("vend request failed: {}", e.getClass().getName());
      answer = VendingAnswers.simple(500, "internal error", "platform");
    } finally {
      MDC.clear();
    }
    metrics.answered(answer.result(), System.nanoTime() - start);
    byte[] body = JSON.writeValueAsBytes(answer.body());
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(answer.status(), body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private VendingAnswers.Answer answer(HttpExchange exchange) throws IOException {
    if (!token.admits(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return VendingAnswers.simple(401, "internal token missing or not valid", "unauthorized");
    }
    if (!PATH.equals(exchange.getRequestURI().getPath())) {
      return VendingAnswers.simple(404, "not found", "invalid");
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      return VendingAnswers.simple(405, "POST only", "invalid");
    }
    VendRequest request;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        return VendingAnswers.simple(413, "body over " + MAX_BODY + " bytes", "invalid");
      }
      request = JSON.readValue(bytes, VendRequest.class);
    } catch (JacksonException e) {
      return VendingAnswers.simple(400, "body is not a vend request", "invalid");
    }
    var violations = request.violations();
    if (!violations.isEmpty()) {
      return VendingAnswers.invalid(violations);
    }
    MDC.put("requestId", request.requestId());
    MDC.put("integrationId", request.integrationId());
    CredentialCache.Lookup lookup;
    try {
      lookup =
          vendor.vend(request).get(properties.deadline().toMillis() + 2_000, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return VendingAnswers.simple(503, "no answer within the deadline", "transient");
    }
    if (lookup.issue() instanceof Issue.Issued issued) {
      log.info(
          "vended {} {} for {} to {} ({}), expires {}",
          request.access(),
          request.prefix(),
          request.integrationId(),
          request.caller(),
          lookup.fromCache() ? "cached" : "new session",
          issued.credentials().expiration());
      return VendingAnswers.issued(
          request,
          issued.credentials(),
          oss.endpointFor(Regions.normalize(request.region())),
          lookup.fromCache());
    }
    Refusal refusal = ((Issue.Refused) lookup.issue()).refusal();
    log.info(
        "vending refused for {} to {}: {} {}",
        request.integrationId(),
        request.caller(),
        refusal.code(),
        refusal.cloudCode());
    return VendingAnswers.refused(refusal);
  }
}
