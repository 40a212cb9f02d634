package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storageintegrations.testsupport.broker.BrokerProcessSettings;
import io.storageintegrations.testsupport.broker.KafkaBrokerProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real broker process killed under a running producer: writes are refused with 503 (never a false
 * 202), reads keep working from the view, and writes recover when the broker is back.
 */
class BrokerOutageIT {

  private static final String KEY = "it-key-p1-0123456789abcdefghijklmn";

  @Test
  void writesAreRefusedWhileTheBrokerIsDownAndRecoverAfter() throws Exception {
    KafkaBrokerProcess broker =
        new KafkaBrokerProcess(
            BrokerProcessSettings.onFreePorts(Files.createTempDirectory("producer-outage")));
    broker.start();
    try (ConfigurableApplicationContext producer =
        StandaloneProducer.start(
            "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
            "--storage-integrations.publishing.ack-timeout=PT4S",
            "--spring.kafka.producer.properties.request.timeout.ms=1500",
            "--spring.kafka.producer.properties.delivery.timeout.ms=3000",
            "--spring.kafka.producer.properties.max.block.ms=3000")) {
      Api api = StandaloneProducer.api(producer);
      Api.Response created = api.post(KEY, "/v1/storage-integrations", body(api, "before"));
      assertThat(created.status()).isEqualTo(202);
      String id = created.text("integrationId");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> api.get(KEY, "/v1/storage-integrations/" + id).status() == 200);
      Map<String, Object> pendingBody = body(api, "during");

      broker.kill();

      Api.Response refused = api.post(KEY, "/v1/storage-integrations", pendingBody);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.text("type"))
          .isEqualTo("urn:storage-integrations:problem:broker-unavailable");
      assertThat(api.get(KEY, "/v1/storage-integrations/" + id).status()).isEqualTo(200);
      assertThat(api.post(KEY, "/v1/storage-integrations/" + id + "/revalidate", "").status())
          .isEqualTo(503);

      broker.start();

      Api.Response after =
          await()
              .atMost(Duration.ofSeconds(60))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> api.post(KEY, "/v1/storage-integrations", body(api, "after")),
                  r -> r.status() == 202);
      // the registry writer resumed too: the new integration is registered
      String afterId = after.text("integrationId");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> api.get(KEY, "/v1/storage-integrations/" + afterId).status() == 200);
    } finally {
      broker.kill();
    }
  }

  private static Map<String, Object> body(Api api, String name) {
    Api.Response materials =
        api.post(
            KEY,
            "/v1/storage-integrations/authorization-materials",
            Map.of(
                "projectId",
                "p1",
                "bucket",
                "b-outage",
                "region",
                "cn-hangzhou",
                "access",
                "READ_ONLY"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("projectId", "p1");
    body.put("name", name + "-" + UUID.randomUUID().toString().substring(0, 6));
    body.put("access", "READ_ONLY");
    body.put("bucket", "b-outage");
    body.put("region", "cn-hangzhou");
    body.put("roleArn", "acs:ram::123456789012:role/r");
    body.put("externalId", materials.text("externalId"));
    return body;
  }
}
