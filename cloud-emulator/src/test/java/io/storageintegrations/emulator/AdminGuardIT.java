package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a web page in a developer's browser could send to the admin API on localhost is refused:
 * simple (no-preflight) content types, other origins, cross-site fetches, preflights, and host
 * names other than loopback (DNS rebinding). Requests are written byte for byte.
 */
@WithCloudEmulator
class AdminGuardIT {

  private static final String SEED = "{\"settings\": {\"assumeRoleRatePerSecond\": 7}}";

  private final CloudEmulator emulator;

  AdminGuardIT(CloudEmulator emulator) {
    this.emulator = emulator;
  }

  private String raw(String method, String path, String... headersThenBody) throws IOException {
    String body =
        headersThenBody.length % 2 == 1 ? headersThenBody[headersThenBody.length - 1] : "";
    StringBuilder request = new StringBuilder(method + " /_admin" + path + " HTTP/1.1\r\n");
    boolean hostGiven = false;
    for (int i = 0; i + 1 < headersThenBody.length; i += 2) {
      request.append(headersThenBody[i]).append(": ").append(headersThenBody[i + 1]).append("\r\n");
      hostGiven |= headersThenBody[i].equalsIgnoreCase("Host");
    }
    if (!hostGiven) {
      request.append("Host: 127.0.0.1:").append(emulator.port()).append("\r\n");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int status(String response) {
    return Integer.parseInt(response.split(" ", 3)[1]);
  }

  private int rate() {
    return emulator.state().settings().assumeRoleRatePerSecond();
  }

  @Test
  void simpleContentTypesAPageCouldSendAreRefused() throws IOException {
    int before = rate();
    for (String type :
        new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
      String answer = raw("POST", "/seed", "Content-Type", type, SEED);
      assertThat(status(answer)).as(type).isEqualTo(415);
      assertThat(answer).contains("application/json");
    }
    assertThat(status(raw("POST", "/seed", SEED))).isEqualTo(415);
    assertThat(status(raw("PUT", "/settings", "{\"assumeRoleRatePerSecond\": 7}"))).isEqualTo(415);
    assertThat(rate()).isEqualTo(before);
  }

  @Test
  void otherOriginsCrossSiteFetchesAndPreflightsAreRefused() throws IOException {
    int before = rate();
    String json = "application/json";
    assertThat(
            status(
                raw("POST", "/seed", "Content-Type", json, "Origin", "http://evil.example", SEED)))
        .isEqualTo(403);
    assertThat(
            status(
                raw("POST", "/seed", "Content-Type", json, "Sec-Fetch-Site", "cross-site", SEED)))
        .isEqualTo(403);
    String preflight =
        raw(
            "OPTIONS",
            "/seed",
            "Origin",
            "http://evil.example",
            "Access-Control-Request-Method",
            "POST");
    assertThat(status(preflight)).isEqualTo(403);
    assertThat(preflight).doesNotContainIgnoringCase("Access-Control-Allow-Origin");
    // DNS rebinding: the page's own host name now resolves to 127.0.0.1.
    assertThat(
            status(
                raw(
                    "POST",
                    "/seed",
                    "Host",
                    "evil.example:" + emulator.port(),
                    "Origin",
                    "http://evil.example:" + emulator.port(),
                    "Content-Type",
                    json,
                    SEED)))
        .isEqualTo(403);
    assertThat(rate()).isEqualTo(before);
  }

  @Test
  void jsonFromLoopbackToolsIsAccepted() throws IOException {
    String origin = "http://127.0.0.1:" + emulator.port();
    assertThat(
            status(
                raw(
                    "POST",
                    "/seed",
                    "Content-Type",
                    "application/json; charset=utf-8",
                    "Origin",
                    origin,
                    SEED)))
        .isEqualTo(200);
    assertThat(rate()).isEqualTo(7);
    assertThat(
            status(
                raw(
                    "POST",
                    "/seed",
                    "Content-Type",
                    "application/yaml",
                    "settings: {assumeRoleRatePerSecond: 9}")))
        .isEqualTo(200);
    assertThat(rate()).isEqualTo(9);
    assertThat(status(raw("GET", "/state"))).isEqualTo(200);
    emulator.applySeed("settings: {assumeRoleRatePerSecond: 100}");
  }
}
