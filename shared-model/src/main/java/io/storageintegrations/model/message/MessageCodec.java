package io.storageintegrations.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of every message: Instants as ISO-8601 strings, enums by name, null fields
 * omitted, unknown fields ignored on read (evolution is additive), required fields enforced with a
 * specific {@link MessageFormatException}.
 */
public final class MessageCodec {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
          .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
          // Enums by name only: 1 is not READ_WRITE.
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private MessageCodec() {}

  /** The configured mapper, for frameworks that need one (e.g. a Kafka serializer). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static byte[] toJson(Object message) {
    try {
      return MAPPER.writeValueAsBytes(message);
    } catch (JacksonException e) {
      throw new MessageFormatException(
          "cannot write "
              + message.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  public static String toJsonString(Object message) {
    return new String(toJson(message), StandardCharsets.UTF_8);
  }

  /**
   * Reads one message. Unknown fields are ignored; a missing or null required field, a wrong type
   * or bad JSON throws {@link MessageFormatException} naming the field.
   */
  public static <T> T fromJson(byte[] json, Class<T> type) {
    if (json == null || json.length == 0) {
      throw new MessageFormatException(type.getSimpleName() + ": empty payload");
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new MessageFormatException(
          type.getSimpleName() + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new MessageFormatException(type.getSimpleName() + ": payload must be a JSON object");
    }
    RequiredFields.check(type, tree, "")
        .ifPresent(
            problem -> {
              throw new MessageFormatException(type.getSimpleName() + ": " + problem);
            });
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw new MessageFormatException(type.getSimpleName() + ": " + JsonErrors.describe(e), e);
    }
  }

  public static <T> T fromJson(String json, Class<T> type) {
    return fromJson(json == null ? null : json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * A deterministic event identity: the same request and event kind always give the same ID, so a
   * redelivered request yields the same eventId and consumers can deduplicate by it.
   */
  public static String eventId(String requestId, String eventKind) {
    String name = "storage-integrations:" + requestId + ":" + eventKind;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
