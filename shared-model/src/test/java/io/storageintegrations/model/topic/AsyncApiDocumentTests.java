package io.storageintegrations.model.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml must describe exactly the topic catalogue and every message type. */
class AsyncApiDocumentTests {

  static final Path DOCS = Path.of("..", "docs");
  static Map<String, Object> doc;

  @BeforeAll
  static void parse() throws IOException {
    try (Reader reader = Files.newBufferedReader(DOCS.resolve("asyncapi.yaml"))) {
      doc = new Yaml().load(reader);
    }
  }

  @Test
  void isAsyncApi3WithOneChannelPerTopic() {
    assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
    List<String> addresses =
        map(doc, "channels").values().stream()
            .map(c -> (String) ((Map<?, ?>) c).get("address"))
            .toList();

    assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    map(doc, "channels")
        .values()
        .forEach(
            channel ->
                assertThat(at(channel, "bindings", "kafka", "topic"))
                    .isEqualTo(at(channel, "address")));
  }

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void everyMessageTypeIsOnItsTopicWithHeadersKeyAndExistingSchema(MessageType type) {
    Map<String, Object> channel = channel(type.topic());
    List<Map<String, Object>> messages = new ArrayList<>();
    map(channel, "messages")
        .values()
        .forEach(ref -> messages.add(resolve((String) at(ref, "$ref"))));

    Map<String, Object> message =
        messages.stream()
            .filter(
                m ->
                    type.ceType()
                        .equals(at(m, "headers", "allOf", 1, "properties", "ce_type", "const")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(type + " is not on channel " + type.topic()));

    String schemaRef = (String) at(message, "payload", "schema", "$ref");
    assertThat(schemaRef).isEqualTo("../shared-model/src/main/resources/" + type.schemaResource());
    assertThat(DOCS.resolve(schemaRef)).isRegularFile();
    assertThat(at(message, "headers", "allOf", 0, "$ref"))
        .isEqualTo("#/components/schemas/cloudEventHeaders");
    assertThat(at(message, "bindings", "kafka", "key", "$ref"))
        .isEqualTo("#/components/schemas/integrationKey");
  }

  @Test
  @SuppressWarnings("unchecked")
  void headersAreTheCloudEventsBinaryModeOnes() {
    assertThat((List<Object>) at(doc, "components", "schemas", "cloudEventHeaders", "required"))
        .containsExactlyInAnyOrder(
            CloudEventHeaders.SPEC_VERSION,
            CloudEventHeaders.ID,
            CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE,
            CloudEventHeaders.SUBJECT,
            CloudEventHeaders.TIME,
            CloudEventHeaders.CONTENT_TYPE);
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);

    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      if (ref.startsWith("#/")) {
        assertThat(resolve(ref)).as(ref).isNotNull();
      } else {
        assertThat(DOCS.resolve(ref)).as(ref).isRegularFile();
      }
    }
  }

  private static Map<String, Object> channel(String address) {
    return map(doc, "channels").values().stream()
        .map(AsyncApiDocumentTests::asMap)
        .filter(c -> address.equals(c.get("address")))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> resolve(String localRef) {
    Object node = doc;
    for (String part : localRef.substring(2).split("/")) {
      node = node == null ? null : ((Map<?, ?>) node).get(part);
    }
    return asMap(node);
  }

  private static void collectRefs(Object node, List<String> refs) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if ("$ref".equals(k)) {
              refs.add((String) v);
            } else {
              collectRefs(v, refs);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectRefs(item, refs));
    }
  }

  private static Object at(Object node, Object... path) {
    for (Object step : path) {
      if (node == null) {
        return null;
      }
      node = step instanceof Integer i ? ((List<?>) node).get(i) : ((Map<?, ?>) node).get(step);
    }
    return node;
  }

  private static Map<String, Object> map(Object node, String key) {
    return asMap(((Map<?, ?>) node).get(key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object node) {
    return (Map<String, Object>) node;
  }
}
