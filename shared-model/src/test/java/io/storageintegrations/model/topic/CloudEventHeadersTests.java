package io.storageintegrations.model.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.MessageFormatException;
import io.storageintegrations.model.message.Samples;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTests {

  static final String SOURCE = "/storage-integrations/worker";

  @Test
  void buildsBinaryModeHeadersForAnEvent() {
    IntegrationValidated event =
        (IntegrationValidated) Samples.ALL.get(MessageType.INTEGRATION_VALIDATED);

    assertThat(CloudEventHeaders.forMessage(event, SOURCE).toMap())
        .containsExactly(
            Map.entry("ce_specversion", "1.0"),
            Map.entry("ce_id", "ev-2"),
            Map.entry("ce_type", "io.storageintegrations.integration.validated.v1"),
            Map.entry("ce_source", SOURCE),
            Map.entry("ce_subject", "int-1"),
            Map.entry("ce_time", "2026-11-25T13:00:00.123Z"),
            Map.entry("content-type", "application/json"));
  }

  @Test
  void everyMessageTypeRoundTripsThroughItsHeaders() {
    Samples.ALL.forEach(
        (type, sample) -> {
          CloudEventHeaders headers = CloudEventHeaders.forMessage(sample, SOURCE);
          assertThat(headers.type()).isEqualTo(type);
          assertThat(headers.subject()).isEqualTo("int-1");
          assertThat(CloudEventHeaders.fromByteMap(headers.toByteMap())).isEqualTo(headers);
          assertThat(
                  MessageType.decode(headers.toMap().get("ce_type"), MessageCodec.toJson(sample)))
              .isEqualTo(sample);
        });
  }

  @Test
  void registryRecordIdsAreDeterministic() {
    Object record = Samples.ALL.get(MessageType.INTEGRATION_RECORD);
    assertThat(CloudEventHeaders.forMessage(record, SOURCE).id())
        .isEqualTo(CloudEventHeaders.forMessage(record, "/other").id());
  }

  @Test
  void readingRejectsMissingOrMalformedHeaders() {
    Map<String, String> headers =
        CloudEventHeaders.forMessage(Samples.VALIDATION_REQUESTED, SOURCE).toMap();

    assertThatThrownBy(() -> CloudEventHeaders.fromMap(without(headers, "ce_subject")))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage("missing header ce_subject");
    assertThatThrownBy(() -> CloudEventHeaders.fromMap(with(headers, "ce_type", "x.v9")))
        .hasMessage("unknown ce_type 'x.v9'");
    assertThatThrownBy(() -> CloudEventHeaders.fromMap(with(headers, "ce_time", "yesterday")))
        .hasMessage("header ce_time 'yesterday' is not an RFC 3339 timestamp");
    assertThatThrownBy(() -> CloudEventHeaders.fromMap(with(headers, "ce_specversion", "0.3")))
        .hasMessage("unsupported ce_specversion '0.3'");
    assertThatThrownBy(() -> CloudEventHeaders.fromMap(with(headers, "content-type", "text/plain")))
        .hasMessage("unsupported content-type 'text/plain'");
    assertThat(
            CloudEventHeaders.fromMap(with(headers, "ce_time", "2026-11-25T21:00:00+08:00")).time())
        .isEqualTo("2026-11-25T13:00:00Z");
  }

  @Test
  void messageTypesKnowTheirTopicsAndRecords() {
    assertThat(MessageType.of(IntegrationValidated.class))
        .isEqualTo(MessageType.INTEGRATION_VALIDATED);
    assertThat(MessageType.fromCeType("io.storageintegrations.integration.validated.v1"))
        .isEqualTo(MessageType.INTEGRATION_VALIDATED);
    assertThat(MessageType.VALIDATION_REQUESTED.topic()).isEqualTo(Topics.REQUESTS);
    assertThat(MessageType.INTEGRATION_RECORD.topic()).isEqualTo(Topics.REGISTRY);
    assertThat(MessageType.values())
        .allMatch(type -> type.ceType().matches("io\\.storageintegrations\\.[a-z.]+\\.v\\d+"));
  }

  private static Map<String, String> without(Map<String, String> headers, String name) {
    Map<String, String> copy = new HashMap<>(headers);
    copy.remove(name);
    return copy;
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> copy = new HashMap<>(headers);
    copy.put(name, value);
    return copy;
  }
}
