package io.storageintegrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI against a loopback HTTP server that answers like the API and records the calls. */
class MainTests {

  private HttpServer server;
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "{}";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          calls.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI()
                  + " key="
                  + exchange.getRequestHeaders().getFirst("X-API-Key")
                  + " "
                  + body);
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of("SI_URL", "http://127.0.0.1:" + server.getAddress().getPort(), "SI_API_KEY", "k1"));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void createSendsTheBodyAndPrintsTheIntegrationReadably() {
    status = 201;
    answer =
        """
        {"integrationId":"integ-1","projectId":"p1","name":"backups","state":"INVALID",
         "bucket":"b","region":"cn-hangzhou","access":"READ_ONLY","revision":1,
         "message":"ROLE_ASSUMABLE FAIL","validationInFlight":false,
         "checks":[{"check":"ROLE_ASSUMABLE","status":"FAIL","code":"ROLE_NOT_ASSUMABLE",
                    "message":"denied","remediation":"trust the platform"}],
         "history":[{"revision":1,"state":"INVALID","reason":"ROLE","at":"2026-01-01T00:00:00Z"}]}
        """;

    int code =
        run(
            "create",
            "--project",
            "p1",
            "--name",
            "backups",
            "--access",
            "READ_ONLY",
            "--bucket",
            "b",
            "--region",
            "cn-hangzhou",
            "--role-arn",
            "acs:ram::1:role/r",
            "--external-id",
            "si-ext-1",
            "--wait",
            "PT10S");

    assertThat(code).isZero();
    assertThat(calls)
        .singleElement()
        .asString()
        .startsWith("POST /v1/storage-integrations?wait=PT10S key=k1 {")
        .contains(
            "\"name\":\"backups\"",
            "\"roleArn\":\"acs:ram::1:role/r\"",
            "\"externalId\":\"si-ext-1\"");
    assertThat(out())
        .contains("integ-1  backups  INVALID")
        .contains("FAIL  ROLE_ASSUMABLE")
        .contains("fix: trust the platform")
        .contains("rev 1");
  }

  @Test
  void listPrintsATableAndPassesFilters() {
    answer =
        """
        {"items":[{"integrationId":"integ-1","name":"a","state":"ACTIVE","bucket":"b",
                   "region":"cn-hangzhou","message":"validated"}],"page":0,"size":20,"total":1}
        """;

    assertThat(run("list", "--project", "p1", "--state", "ACTIVE")).isZero();

    assertThat(calls.get(0)).startsWith("GET /v1/storage-integrations?projectId=p1&state=ACTIVE ");
    assertThat(out()).contains("ID").contains("integ-1").contains("ACTIVE").contains("1 of 1");
  }

  @Test
  void jsonFlagPrintsTheAnswerItself() {
    answer = "{\"integrationId\":\"integ-9\",\"name\":\"x\",\"deleted\":true}";

    assertThat(run("--json", "delete", "integ-9", "--wait", "PT5S")).isZero();

    assertThat(calls.get(0)).startsWith("DELETE /v1/storage-integrations/integ-9?wait=PT5S");
    assertThat(out()).contains("\"deleted\" : true");
  }

  @Test
  void problemsGoToStderrWithFieldMessagesAndExitOne() {
    status = 400;
    answer =
        "{\"title\":\"Invalid fields\",\"detail\":\"bad\",\"errors\":[{\"field\":\"bucket\",\"message\":\"bucket is wrong\"}]}";

    assertThat(
            run(
                "materials",
                "--project",
                "p1",
                "--bucket",
                "B",
                "--region",
                "x",
                "--access",
                "READ_ONLY"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error 400: Invalid fields: bad")
        .contains("bucket: bucket is wrong");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("describe")).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("materials", "--project")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: si");
    assertThat(calls).isEmpty();
  }

  @Test
  void credentialsPrintsExportLinesForTheShell() {
    answer =
        """
        {"integrationId":"integ-1","accessKeyId":"STS.abc","accessKeySecret":"s'ecret",
         "securityToken":"CAIS-token","expiration":"2026-12-01T01:00:00Z","bucket":"b",
         "region":"cn-hangzhou","endpoint":"https://oss-cn-hangzhou.aliyuncs.com",
         "prefix":"backups/d1/","access":"READ_WRITE","requestId":"r-1"}
        """;

    int code =
        run(
            "credentials",
            "integ-1",
            "--prefix",
            "backups/d1/",
            "--access",
            "READ_WRITE",
            "--duration-seconds",
            "1800");

    assertThat(code).isZero();
    assertThat(calls.get(0))
        .startsWith("POST /v1/storage-integrations/integ-1/credentials key=k1 {")
        .contains(
            "\"access\":\"READ_WRITE\"", "\"prefix\":\"backups/d1/\"", "\"durationSeconds\":1800");
    assertThat(out())
        .contains("export ALIBABA_CLOUD_ACCESS_KEY_ID='STS.abc'")
        .contains("export ALIBABA_CLOUD_ACCESS_KEY_SECRET='s'\\''ecret'")
        .contains("export ALIBABA_CLOUD_SECURITY_TOKEN='CAIS-token'")
        .contains("export OSS_BUCKET='b'", "export OSS_PREFIX='backups/d1/'")
        .contains("export OSS_ENDPOINT='https://oss-cn-hangzhou.aliyuncs.com'");
  }

  @Test
  void credentialsRefusedPrintsTheProblemAndNoExports() {
    status = 409;
    answer =
        """
        {"type":"urn:storage-integrations:problem:integration-not-active","title":"Integration not active",
         "status":409,"detail":"integration integ-1 is INVALID: credentials are vended for ACTIVE integrations only"}
        """;

    assertThat(run("credentials", "integ-1", "--prefix", "a/", "--access", "READ_ONLY"))
        .isEqualTo(1);
    assertThat(out()).doesNotContain("export");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is INVALID");
  }
}
