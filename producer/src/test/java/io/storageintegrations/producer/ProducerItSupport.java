package io.storageintegrations.producer;

import static org.awaitility.Awaitility.await;

import io.storageintegrations.testsupport.kafka.WithKafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** One producer on the shared real broker for every API test class (the context is cached). */
@WithKafkaBroker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
abstract class ProducerItSupport {

  static final String P1 = "it-key-p1-0123456789abcdefghijklmn";
  static final String P2 = "it-key-p2-0123456789abcdefghijklmn";
  static final String OPS = "it-key-op-0123456789abcdefghijklmn";

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  Api api;
  WorkerStandIn worker;

  @BeforeEach
  void connect() {
    api = new Api(port);
    worker = new WorkerStandIn();
  }

  @AfterEach
  void disconnect() {
    worker.close();
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  String mintExternalId(String key, String project) {
    return RequestBodies.mintExternalId(api, key, project, "bucket-a");
  }

  Map<String, Object> body(String project, String name, String externalId) {
    return RequestBodies.create(project, name, "bucket-a", externalId);
  }

  /** Creates an integration and waits until the registry has its PENDING record. */
  String create(String key, String project, String name) {
    Api.Response created =
        api.post(
            key, "/v1/storage-integrations", body(project, name, mintExternalId(key, project)));
    if (created.status() != 202) {
      throw new AssertionError("create failed: " + created.status() + " " + created.body());
    }
    String id = created.text("integrationId");
    awaitDescribe(key, id, r -> r.status() == 200);
    return id;
  }

  Api.Response awaitDescribe(String key, String id, Predicate<Api.Response> condition) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> api.get(key, "/v1/storage-integrations/" + id), condition);
  }

  static Predicate<Api.Response> inState(String state) {
    return r -> r.status() == 200 && state.equals(r.text("state"));
  }

  /** The request ID of the newest history entry (the request the registry is waiting for). */
  String latestRequestId(String key, String id) {
    List<Map<String, Object>> history =
        api.get(key, "/v1/storage-integrations/" + id).at("history");
    return (String) history.get(history.size() - 1).get("requestId");
  }

  long revision(String key, String id) {
    return ((Number) api.get(key, "/v1/storage-integrations/" + id).at("revision")).longValue();
  }
}
