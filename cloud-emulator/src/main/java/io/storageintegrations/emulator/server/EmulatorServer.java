package io.storageintegrations.emulator.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.storageintegrations.emulator.fault.CallCounters;
import io.storageintegrations.emulator.fault.FaultDecision;
import io.storageintegrations.emulator.fault.FaultInjector;
import io.storageintegrations.emulator.fault.FaultSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves STS, OSS and the admin API on one port with the JDK HTTP server. STS requests are those
 * carrying an RPC {@code Action}; {@code /_admin/...} is the admin API; everything else is OSS.
 * Injected latency and hangs are scheduled rather than slept, so they hold no worker thread.
 */
public final class EmulatorServer implements AutoCloseable {

  private static final Logger REQUESTS =
      LoggerFactory.getLogger("io.storageintegrations.emulator.requests");
  private static final String ADMIN_PREFIX = "/_admin";

  static {
    // Headers and body leave in separate writes; without TCP_NODELAY, Nagle plus the client's
    // delayed ACK adds ~40 ms to every response with a body. Read once by the JDK server.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // Real clients pool hundreds of keep-alive connections; beyond the default 200 idle ones the
    // JDK server closes them, and clients meet resets and reconnects a real endpoint would not
    // cause.
    if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
      System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
    }
  }

  private final HttpServer http;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final Service sts;
  private final Service oss;
  private final AdminApi admin;
  private final FaultInjector faults;
  private final CallCounters counters;
  private final boolean logRequests;
  private final Set<HttpExchange> hung = ConcurrentHashMap.newKeySet();

  public EmulatorServer(
      InetSocketAddress bind,
      int threads,
      Service sts,
      Service oss,
      AdminApi admin,
      FaultInjector faults,
      CallCounters counters,
      boolean logRequests)
      throws IOException {
    this.sts = sts;
    this.oss = oss;
    this.admin = admin;
    this.faults = faults;
    this.counters = counters;
    this.logRequests = logRequests;
    this.workers = Executors.newFixedThreadPool(threads, named("emulator-http"));
    this.timers = Executors.newScheduledThreadPool(1, named("emulator-timer"));
    this.http = HttpServer.create(bind, 1024);
    this.http.createContext("/", this::handle);
    this.http.setExecutor(workers);
    this.http.start();
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public String host() {
    return http.getAddress().getAddress().getHostAddress();
  }

  private void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    Request request = new Request(exchange);
    String path = request.rawPath();
    if (path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/")) {
      Reply reply =
          request.fromLoopback()
              ? safely(() -> admin.handle(request, path.substring(ADMIN_PREFIX.length())))
              : Reply.of(
                  403,
                  "Forbidden",
                  "application/json",
                  "{\"error\":\"admin API is loopback only\"}");
      send(exchange, reply, request, "admin", started);
      return;
    }
    Service service = isSts(request) ? sts : oss;
    String operation;
    try {
      operation = service.operation(request);
    } catch (RuntimeException e) {
      operation = "unknown";
    }
    FaultDecision fault = faults.decide(operation);
    switch (fault.action()) {
      case DROP -> {
        counters.record(operation, CallCounters.DROPPED);
        log(request, operation, "DROPPED", 0, started);
        exchange.close(); // no response headers yet: the JDK server closes the connection
        return;
      }
      case HANG -> {
        counters.record(operation, CallCounters.HUNG);
        log(request, operation, "HUNG", 0, started);
        hung.add(exchange);
        timers.schedule(
            () -> {
              hung.remove(exchange);
              exchange.close();
            },
            fault.hangMillis(),
            TimeUnit.MILLISECONDS);
        return;
      }
      default -> {}
    }
    String op = operation;
    Reply reply =
        fault.action() == FaultDecision.Action.ERROR
            ? injectedError(service, request, op, fault)
            : safely(
                () -> service.handle(request, op),
                e -> service.error(request, op, "InternalError", 500, "Emulator failure: " + e));
    counters.record(operation, reply.outcome());
    if (fault.latencyMillis() > 0) {
      timers.schedule(
          () -> workers.execute(() -> send(exchange, reply, request, op, started)),
          fault.latencyMillis(),
          TimeUnit.MILLISECONDS);
    } else {
      send(exchange, reply, request, operation, started);
    }
  }

  /**
   * The service's own error document, or for {@link FaultSpec#GATEWAY} what a load balancer in
   * front of it answers: an HTML page, no error code, no request ID.
   */
  private static Reply injectedError(
      Service service, Request request, String op, FaultDecision fault) {
    if (FaultSpec.GATEWAY.equals(fault.errorCode())) {
      String page =
          "<html><head><title>"
              + fault.errorStatus()
              + "</title></head><body><center><h1>"
              + fault.errorStatus()
              + "</h1></center><hr><center>gateway</center></body></html>";
      return Reply.of(fault.errorStatus(), FaultSpec.GATEWAY, "text/html", page);
    }
    return service.error(request, op, fault.errorCode(), fault.errorStatus(), fault.errorMessage());
  }

  private static boolean isSts(Request request) {
    return io.storageintegrations.emulator.sts.StsService.addressedToSts(request);
  }

  private void send(HttpExchange exchange, Reply reply, Request request, String op, long started) {
    try (exchange) {
      for (Map.Entry<String, String> header : reply.headers().entrySet()) {
        exchange.getResponseHeaders().set(header.getKey(), header.getValue());
      }
      boolean head = "HEAD".equals(request.method());
      if (head) {
        exchange.getResponseHeaders().set("Content-Length", Long.toString(reply.contentLength()));
        exchange.sendResponseHeaders(reply.status(), -1);
      } else if (reply.length() == 0) {
        exchange.sendResponseHeaders(reply.status(), -1);
      } else {
        exchange.sendResponseHeaders(reply.status(), reply.length());
        OutputStream out = exchange.getResponseBody();
        out.write(reply.body(), reply.offset(), reply.length());
      }
    } catch (IOException e) {
      // The client went away; nothing to answer.
    }
    log(request, op, reply.outcome(), reply.status(), started);
  }

  private void log(Request request, String op, String outcome, int status, long started) {
    if (logRequests && REQUESTS.isInfoEnabled()) {
      REQUESTS.info(
          "{} {} {} {} {} {}ms",
          request.method(),
          request.rawPath(),
          status,
          op,
          outcome,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private static Reply safely(java.util.function.Supplier<Reply> action) {
    return safely(
        action,
        e ->
            Reply.of(
                500,
                "InternalError",
                "application/json",
                "{\"error\":\"" + String.valueOf(e.getMessage()).replace("\"", "'") + "\"}"));
  }

  private static Reply safely(
      java.util.function.Supplier<Reply> action,
      java.util.function.Function<RuntimeException, Reply> onFailure) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(EmulatorServer.class).warn("emulator request failed", e);
      return onFailure.apply(e);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    hung.forEach(HttpExchange::close);
    hung.clear();
    timers.shutdownNow();
    workers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
