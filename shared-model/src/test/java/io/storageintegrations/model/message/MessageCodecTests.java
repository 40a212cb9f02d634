package io.storageintegrations.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storageintegrations.model.topic.MessageType;
import org.junit.jupiter.api.Test;

class MessageCodecTests {

  @Test
  void everySampleRoundTrips() {
    Samples.ALL.forEach(
        (type, sample) ->
            assertThat(MessageCodec.fromJson(MessageCodec.toJson(sample), type.recordClass()))
                .as(type.name())
                .isEqualTo(sample));
  }

  @Test
  void writesInstantsAsIsoStringsEnumsByNameAndOmitsNulls() {
    String json = MessageCodec.toJsonString(Samples.ALL.get(MessageType.INTEGRATION_RECORD));

    assertThat(json)
        .contains("\"updatedAt\":\"2026-11-25T13:00:00.123Z\"")
        .contains("\"state\":\"INVALID\"")
        .doesNotContain("description")
        .doesNotContain("null");
  }

  @Test
  void messagesOfEarlierVersionsReadWithoutTheLastVerifiedTimes() {
    ValidationRequested withTime = Samples.VALIDATION_REQUESTED;
    String older =
        MessageCodec.toJsonString(withTime)
            .replaceFirst(",\"externalIdVerifiedAt\":\"[^\"]+\"", "")
            .replaceAll(",\"verifiedAt\":\"[^\"]+\"", "");

    ValidationRequested read = MessageCodec.fromJson(older, ValidationRequested.class);

    assertThat(older).doesNotContain("erifiedAt");
    assertThat(read.externalIdVerifiedAt()).isNull();
    assertThat(read.requestedAt()).isEqualTo(withTime.requestedAt());
    CheckResult check =
        MessageCodec.fromJson(
            "{\"check\":\"EXTERNAL_ID_ENFORCED\",\"status\":\"PASS\",\"attempts\":1,"
                + "\"durationMs\":3}",
            CheckResult.class);
    assertThat(check.verifiedAt()).isNull();
  }

  @Test
  void lastVerifiedTimesRoundTripExactly() {
    String json = MessageCodec.toJsonString(Samples.VALIDATION_REQUESTED);

    assertThat(json).contains("\"externalIdVerifiedAt\":\"2026-11-25T12:00:00.123Z\"");
    assertThat(MessageCodec.fromJson(json, ValidationRequested.class).externalIdVerifiedAt())
        .isEqualTo(Samples.AT.minusSeconds(3600));
  }

  @Test
  void ignoresUnknownFields() {
    String json =
        MessageCodec.toJsonString(Samples.VALIDATION_REQUESTED)
            .replaceFirst("\\{", "{\"addedInAFutureVersion\":{\"x\":[1,2]},");

    assertThat(MessageCodec.fromJson(json, ValidationRequested.class))
        .isEqualTo(Samples.VALIDATION_REQUESTED);
  }

  @Test
  void rejectsBadJson() {
    assertThatThrownBy(() -> MessageCodec.fromJson("{\"requestId\":", ValidationRequested.class))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageStartingWith("ValidationRequested: not valid JSON");
    assertThatThrownBy(() -> MessageCodec.fromJson("[1]", ValidationRequested.class))
        .hasMessage("ValidationRequested: payload must be a JSON object");
    assertThatThrownBy(() -> MessageCodec.fromJson(new byte[0], ValidationRequested.class))
        .hasMessage("ValidationRequested: empty payload");
  }

  @Test
  void namesTheMissingRequiredField() {
    String json =
        MessageCodec.toJsonString(Samples.VALIDATION_REQUESTED).replace("\"revision\":3,", "");

    assertThatThrownBy(() -> MessageCodec.fromJson(json, ValidationRequested.class))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage("ValidationRequested: missing required field 'revision'");
  }

  @Test
  void namesTheMissingNestedField() {
    String json =
        MessageCodec.toJsonString(Samples.ALL.get(MessageType.VALIDATION_FAILED))
            .replace("\"status\":\"FAIL\",", "");

    assertThatThrownBy(() -> MessageCodec.fromJson(json, ValidationFailed.class))
        .hasMessage("ValidationFailed: missing required field 'checks[1].status'");
  }

  @Test
  void treatsAnExplicitNullRequiredFieldAsMissing() {
    String json =
        MessageCodec.toJsonString(Samples.VALIDATION_REQUESTED).replace("\"req-1\"", "null");

    assertThatThrownBy(() -> MessageCodec.fromJson(json, ValidationRequested.class))
        .hasMessage("ValidationRequested: missing required field 'requestId'");
  }

  @Test
  void namesTheFieldWithTheWrongType() {
    String json =
        MessageCodec.toJsonString(Samples.VALIDATION_REQUESTED)
            .replace("\"revision\":3", "\"revision\":\"three\"");

    assertThatThrownBy(() -> MessageCodec.fromJson(json, ValidationRequested.class))
        .hasMessage(
            "ValidationRequested: field 'revision' has the wrong type (expected an integer)");
  }

  @Test
  void namesTheUnknownEnumValueAndTheAllowedOnes() {
    String json =
        MessageCodec.toJsonString(Samples.VALIDATION_REQUESTED).replace("\"CREATE\"", "\"UPSERT\"");

    assertThatThrownBy(() -> MessageCodec.fromJson(json, ValidationRequested.class))
        .hasMessage(
            "ValidationRequested: field 'kind' has unknown value 'UPSERT'"
                + " (expected one of VALIDATE, CREATE, REVALIDATE)");
  }

  @Test
  void namesABadTimestamp() {
    String json =
        MessageCodec.toJsonString(Samples.VALIDATION_REQUESTED)
            .replace("2026-11-25T13:00:00.123Z", "yesterday");

    assertThatThrownBy(() -> MessageCodec.fromJson(json, ValidationRequested.class))
        .hasMessage(
            "ValidationRequested: field 'requestedAt' has an invalid value for an RFC 3339 timestamp");
  }

  @Test
  void derivesTheSameEventIdForTheSameRequestAndKind() {
    assertThat(MessageCodec.eventId("req-1", "INTEGRATION_VALIDATED"))
        .isEqualTo(MessageCodec.eventId("req-1", "INTEGRATION_VALIDATED"))
        .isNotEqualTo(MessageCodec.eventId("req-1", "VALIDATION_FAILED"))
        .isNotEqualTo(MessageCodec.eventId("req-2", "INTEGRATION_VALIDATED"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(MessageType.INTEGRATION_VALIDATED.eventId("req-1"))
        .isEqualTo(MessageCodec.eventId("req-1", "INTEGRATION_VALIDATED"));
  }
}
