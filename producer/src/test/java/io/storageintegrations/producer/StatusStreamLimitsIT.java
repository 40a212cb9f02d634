package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Status streams and {@code ?wait} against producers of their own (small limits, few Tomcat
 * threads), including how fast one stops with streams and waits open.
 */
@WithKafkaBroker
class StatusStreamLimitsIT {

  private static final String KEY = ProducerItSupport.P1;
  private final HttpClient http = HttpClient.newHttpClient();

  private static ConfigurableApplicationContext producer(String... overrides) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.kafka.bootstrap-servers", KafkaBroker.bootstrapServers());
    properties.put("storage-integrations.registry.group-id", "streams-" + UUID.randomUUID());
    properties.put("storage-integrations.limits.streams-per-key", "2");
    properties.put("storage-integrations.limits.stream-timeout", "PT4S");
    properties.put("storage-integrations.limits.stream-heartbeat", "PT0.5S");
    properties.put("server.tomcat.threads.max", "4");
    properties.put("server.tomcat.threads.min-spare", "1");
    for (String override : overrides) {
      String[] kv = override.split("=", 2);
      properties.put(kv[0], kv[1]);
    }
    return StandaloneProducer.start(
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new));
  }

  private static Api api(ConfigurableApplicationContext context) {
    return StandaloneProducer.api(context);
  }

  private HttpResponse<InputStream> stream(Api api, String project) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(api.base() + "/v1/storage-integrations/events?projectId=" + project))
            .header("X-API-Key", KEY)
            .build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  /** The first bytes of a stream, or null if none arrive within {@code within}. */
  private static String firstBytes(InputStream body, Duration within) throws Exception {
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                byte[] buffer = new byte[64];
                int n = body.read(buffer);
                return n < 0 ? "" : new String(buffer, 0, n);
              } catch (Exception e) {
                return "";
              }
            });
    try {
      return read.get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      return null;
    }
  }

  @Test
  void streamsAnswerAtOnceAreLimitedPerKeyAndEndAfterTheirTimeout() throws Exception {
    try (ConfigurableApplicationContext context = producer()) {
      Api api = api(context);
      // p3: whatever it holds, the first bytes must not wait for an event or a heartbeat.
      HttpResponse<InputStream> first = stream(api, "p3");
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(firstBytes(first.body(), Duration.ofSeconds(2))).startsWith(":connected");
      HttpResponse<InputStream> second = stream(api, "p4");
      assertThat(second.statusCode()).isEqualTo(200);

      HttpResponse<InputStream> third = stream(api, "p5");
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.headers().firstValue("Retry-After")).isPresent();
      third.body().close();

      // A stream ends by itself after its timeout, which frees its slot.
      long started = System.nanoTime();
      first.body().readAllBytes();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
      second.body().close();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> openAndClose(api), status -> status == 200);
    }
  }

  private int openAndClose(Api api) throws Exception {
    HttpResponse<InputStream> stream = stream(api, "p5");
    stream.body().close();
    return stream.statusCode();
  }

  @Test
  void waitingCallsHoldNoRequestThread() throws Exception {
    try (ConfigurableApplicationContext context = producer()) {
      Api api = api(context);
      String validationId = pendingDryRun(api);
      List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
      for (int i = 0; i < 8; i++) { // twice as many as Tomcat has threads
        waits.add(
            http.sendAsync(
                HttpRequest.newBuilder(
                        URI.create(
                            api.base()
                                + "/v1/storage-integrations/validations/"
                                + validationId
                                + "?wait=PT5S"))
                    .header("X-API-Key", KEY)
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }
      long started = System.nanoTime();
      assertThat(api.get(KEY, "/v1/storage-integrations?projectId=p1&size=1").status())
          .isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
      assertThat(waits).noneMatch(CompletableFuture::isDone);
      for (CompletableFuture<HttpResponse<String>> wait : waits) {
        assertThat(wait.get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
      }
    }
  }

  @Test
  void theProducerStopsWithinTwoSecondsWithStreamsAndWaitsOpen() throws Exception {
    ConfigurableApplicationContext context =
        producer(
            "storage-integrations.limits.stream-timeout=PT10M",
            "storage-integrations.limits.stream-heartbeat=PT15S",
            "storage-integrations.api.max-wait=PT30S");
    Api api = api(context);
    HttpResponse<InputStream> stream = stream(api, "p1");
    assertThat(stream.statusCode()).isEqualTo(200);
    CompletableFuture<HttpResponse<String>> waiting =
        http.sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        api.base()
                            + "/v1/storage-integrations/validations/"
                            + pendingDryRun(api)
                            + "?wait=PT30S"))
                .header("X-API-Key", KEY)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    CompletableFuture<byte[]> rest =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return stream.body().readAllBytes();
              } catch (Exception e) {
                return new byte[0];
              }
            });

    long started = System.nanoTime();
    context.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(rest.get(2, TimeUnit.SECONDS)).isNotNull();
    assertThat(waiting.get(2, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
  }

  /** A dry run no worker answers (the test has none), so it stays pending. */
  private static String pendingDryRun(Api api) {
    Api.Response materials =
        api.post(
            KEY,
            "/v1/storage-integrations/authorization-materials",
            Map.of(
                "projectId",
                "p1",
                "bucket",
                "b-wait",
                "region",
                "cn-hangzhou",
                "access",
                "READ_ONLY"));
    Map<String, Object> body =
        Map.of(
            "projectId", "p1",
            "name", "waiting",
            "access", "READ_ONLY",
            "bucket", "b-wait",
            "region", "cn-hangzhou",
            "roleArn", "acs:ram::123456789012:role/si-access",
            "externalId", materials.text("externalId"));
    Api.Response accepted = api.post(KEY, "/v1/storage-integrations/validate", body);
    assertThat(accepted.status()).isEqualTo(202);
    return accepted.text("validationId");
  }
}
