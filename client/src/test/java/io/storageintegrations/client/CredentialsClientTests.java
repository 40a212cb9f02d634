package io.storageintegrations.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.storageintegrations.client.CredentialsClient.VendingRefusedException;
import io.storageintegrations.model.message.AccessMode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The jobs' client against a stand-in API on loopback: what it sends, and every way it fails. */
class CredentialsClientTests {

  private static final String KEY = "job-key-0123456789abcdefghijklmnop";
  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  void sendsTheJobKeyAndTheScopeAndReadsTheCredentials() {
    URI api =
        serve(
            200,
            "application/json",
            "{\"accessKeyId\":\"STS.id\",\"accessKeySecret\":\"s\",\"securityToken\":\"t\","
                + "\"expiration\":\"2026-12-01T18:00:00Z\",\"bucket\":\"b\",\"region\":\"cn-hangzhou\","
                + "\"endpoint\":\"https://oss-cn-hangzhou.aliyuncs.com\",\"prefix\":\"p/\","
                + "\"access\":\"READ_ONLY\",\"requestId\":\"r1\"}");

    var credentials =
        new CredentialsClient(api, KEY)
            .vend("integ-1", AccessMode.READ_ONLY, "p/", FIFTEEN_MINUTES);

    assertThat(credentials.accessKeyId()).isEqualTo("STS.id");
    assertThat(credentials.expiration()).isEqualTo(Instant.parse("2026-12-01T18:00:00Z"));
    assertThat(seen)
        .containsExactly(
            "POST /v1/storage-integrations/integ-1/credentials key="
                + KEY
                + " {\"access\":\"READ_ONLY\",\"prefix\":\"p/\",\"durationSeconds\":900}");
  }

  @Test
  void aProxysHtmlPageIsARefusalNotAParserError() {
    URI api = serve(502, "text/html", "<html><body>Bad Gateway</body></html>");

    assertThatThrownBy(
            () ->
                new CredentialsClient(api, KEY)
                    .vend("i", AccessMode.READ_ONLY, "p/", FIFTEEN_MINUTES))
        .isInstanceOfSatisfying(
            VendingRefusedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.type()).isEqualTo("not-json");
            });
  }

  @Test
  void anApiThatIsNotThereIsUnreachable() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    URI api = URI.create("http://127.0.0.1:" + closed);

    assertThatThrownBy(
            () ->
                new CredentialsClient(api, KEY)
                    .vend("i", AccessMode.READ_ONLY, "p/", FIFTEEN_MINUTES))
        .isInstanceOfSatisfying(
            VendingRefusedException.class, e -> assertThat(e.type()).isEqualTo("unreachable"));
  }

  @Test
  void aRedirectIsNotFollowedSoTheKeyGoesNowhereElse() {
    URI elsewhere = serve(200, "application/json", "{}");
    URI api = serveRedirect(elsewhere);

    assertThatThrownBy(
            () ->
                new CredentialsClient(api, KEY)
                    .vend("i", AccessMode.READ_ONLY, "p/", FIFTEEN_MINUTES))
        .isInstanceOfSatisfying(
            VendingRefusedException.class, e -> assertThat(e.status()).isEqualTo(307));
    assertThat(seen).singleElement().asString().startsWith("REDIRECT ");
  }

  private URI serve(int status, String contentType, String body) {
    return start(
        exchange -> {
          String request =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          seen.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + " key="
                  + exchange.getRequestHeaders().getFirst("X-API-Key")
                  + " "
                  + request);
          byte[] answer = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", contentType);
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
  }

  private URI serveRedirect(URI target) {
    return start(
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          seen.add("REDIRECT " + exchange.getRequestURI().getPath());
          exchange
              .getResponseHeaders()
              .set("Location", target + exchange.getRequestURI().getPath());
          exchange.sendResponseHeaders(307, -1);
          exchange.close();
        });
  }

  private URI start(com.sun.net.httpserver.HttpHandler handler) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", handler);
      server.start();
      servers.add(server);
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
