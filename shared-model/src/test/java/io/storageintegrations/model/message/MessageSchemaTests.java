package io.storageintegrations.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.Error;
import io.storageintegrations.model.topic.MessageType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

class MessageSchemaTests {

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void everySampleIsValidAgainstItsSchema(MessageType type) {
    assertThat(SchemaValidator.validate(type.schemaResource(), Samples.ALL.get(type))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void aSampleWithOnlyRequiredFieldsIsValid(MessageType type) {
    Object minimal = MessageCodec.fromJson(onlyRequired(type), type.recordClass());

    assertThat(SchemaValidator.validate(type.schemaResource(), minimal)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void schemaNamesExactlyTheRecordsFieldsAndTheCodecsRequiredOnes(MessageType type) {
    JsonNode schema = SchemaValidator.schema(type.schemaResource()).getSchemaNode();
    List<String> components =
        Arrays.stream(type.recordClass().getRecordComponents()).map(c -> c.getName()).toList();

    assertThat(schema.get("properties").propertyNames())
        .containsExactlyInAnyOrderElementsOf(components);
    assertThat(schema.get("required").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrderElementsOf(RequiredFields.of(type.recordClass()));
    assertThat(schema.get("$id").asString())
        .isEqualTo(
            SchemaValidator.ID_PREFIX + type.schemaResource().substring("schemas/".length()));
  }

  @Test
  void checkResultSchemaMatchesTheRecord() {
    JsonNode schema = SchemaValidator.schema("schemas/check-result.v1.schema.json").getSchemaNode();

    assertThat(schema.get("properties").propertyNames())
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(CheckResult.class.getRecordComponents()).map(c -> c.getName()).toList());
    assertThat(schema.get("required").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrderElementsOf(RequiredFields.of(CheckResult.class));
  }

  /** A record that drifted from its schema (it lost {@code checks}) must fail validation. */
  record DriftedValidated(
      String eventId,
      String requestId,
      String integrationId,
      String projectId,
      long revision,
      RequestKind kind,
      java.time.Instant occurredAt) {}

  @Test
  void aRecordThatDisagreesWithItsSchemaFails() {
    DriftedValidated drifted =
        new DriftedValidated("ev", "req", "int", "proj", 1, RequestKind.CREATE, Samples.AT);

    List<Error> errors =
        SchemaValidator.validate(MessageType.INTEGRATION_VALIDATED.schemaResource(), drifted);

    assertThat(errors)
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getKeyword()).isEqualTo("required");
              assertThat(error.getProperty()).isEqualTo("checks");
              assertThat(error.getMessage()).contains("required property 'checks' not found");
            });
  }

  @Test
  void aSchemaThatDisagreesWithTheRecordFails() {
    List<Error> errors =
        SchemaValidator.validate(
            "disagreeing/integration.validated.v1.schema.json",
            Samples.ALL.get(MessageType.INTEGRATION_VALIDATED));

    assertThat(errors)
        .extracting(
            Error::getKeyword, error -> error.getInstanceLocation().toString(), Error::getMessage)
        .containsExactlyInAnyOrder(
            tuple("type", "/revision", "integer found, string expected"),
            tuple(
                "enum",
                "/kind",
                "does not have a value in the enumeration [\"DRY_RUN\", \"CREATE_NEW\"]"),
            tuple("required", "", "required property 'validatedBy' not found"));
  }

  @Test
  void formatsAreAsserted() {
    ValidationRequested late =
        new ValidationRequested(
            "r",
            "i",
            "p",
            1,
            RequestKind.CREATE,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Samples.AT);
    JsonNode json = MessageCodec.mapper().readTree(MessageCodec.toJson(late));
    ((tools.jackson.databind.node.ObjectNode) json).put("requestedAt", "yesterday");

    List<Error> errors =
        SchemaValidator.schema(MessageType.VALIDATION_REQUESTED.schemaResource()).validate(json);

    assertThat(errors).singleElement().extracting(Error::getKeyword).isEqualTo("format");
  }

  private static byte[] onlyRequired(MessageType type) {
    Map<String, Object> full =
        MessageCodec.mapper().readValue(MessageCodec.toJson(Samples.ALL.get(type)), Map.class);
    List<String> required = new ArrayList<>(RequiredFields.of(type.recordClass()));
    full.keySet().retainAll(required);
    return MessageCodec.toJson(full);
  }
}
