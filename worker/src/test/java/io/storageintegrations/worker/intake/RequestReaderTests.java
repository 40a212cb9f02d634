package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.worker.validation.TestCloud;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RequestReaderTests {

  private final RequestReader reader = new RequestReader(4096);
  private final ValidationRequested request =
      TestCloud.request("rw-ok", "bucket-ok", AccessMode.READ_WRITE);

  private static ConsumerRecord<String, byte[]> record(String key, byte[] value, String ceType) {
    ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.REQUESTS, 0, 7, key, value);
    if (ceType != null) {
      record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }

  private ConsumerRecord<String, byte[]> keyed(String key) {
    return record(key, MessageCodec.toJson(request), MessageType.VALIDATION_REQUESTED.ceType());
  }

  private static PoisonReason reason(RequestReader.Read read) {
    return read instanceof RequestReader.Poison poison ? poison.reason() : null;
  }

  @Test
  void aRequestKeyedByItsIntegrationIsReadable() {
    RequestReader.Read read = reader.read(keyed(request.integrationId()));

    assertThat(read).isInstanceOf(RequestReader.Readable.class);
    assertThat(((RequestReader.Readable) read).request()).isEqualTo(request);
  }

  @Test
  void anUnkeyedOrWronglyKeyedRequestIsAKeyMismatch() {
    assertThat(reason(reader.read(keyed(null)))).isEqualTo(PoisonReason.KEY_MISMATCH);
    assertThat(((RequestReader.Poison) reader.read(keyed(null))).detail()).contains("no key");
    assertThat(reason(reader.read(keyed("another-integration"))))
        .isEqualTo(PoisonReason.KEY_MISMATCH);
  }

  @Test
  void unreadableRecordsAreNamedByWhatIsWrong() {
    String id = request.integrationId();
    String type = MessageType.VALIDATION_REQUESTED.ceType();
    assertThat(reason(reader.read(record(id, new byte[5000], type))))
        .isEqualTo(PoisonReason.OVERSIZE);
    assertThat(reason(reader.read(record(id, MessageCodec.toJson(request), null))))
        .isEqualTo(PoisonReason.MISSING_TYPE);
    assertThat(reason(reader.read(record(id, MessageCodec.toJson(request), "com.example.x.v9"))))
        .isEqualTo(PoisonReason.UNKNOWN_TYPE);
    assertThat(
            reason(
                reader.read(
                    record(
                        id,
                        MessageCodec.toJson(request),
                        MessageType.INTEGRATION_VALIDATED.ceType()))))
        .isEqualTo(PoisonReason.UNEXPECTED_TYPE);
    assertThat(reason(reader.read(record(id, "{not json".getBytes(StandardCharsets.UTF_8), type))))
        .isEqualTo(PoisonReason.BAD_PAYLOAD);
  }
}
