package io.storageintegrations.model.message;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Which record fields a message must carry. Every component is required except those listed as
 * optional: a request's business fields are optional here because the worker's request check
 * reports them with a specific remediation instead of dead-lettering the request.
 */
final class RequiredFields {

  private static final Map<Class<?>, Set<String>> OPTIONAL =
      Map.of(
          ValidationRequested.class,
          Set.of(
              "name",
              "description",
              "access",
              "bucket",
              "bucketRegion",
              "clusterRegion",
              "roleArn",
              "externalId",
              "externalIdVerifiedAt"),
          IntegrationAccepted.class,
          Set.of("description"),
          IntegrationRecord.class,
          Set.of("description", "lastValidatedAt", "createdAt"),
          CheckResult.class,
          Set.of("code", "message", "remediation", "verifiedAt"),
          OutcomeSummary.class,
          Set.of("reason", "requestId"));

  private RequiredFields() {}

  /** The names of the fields {@code type} must carry, in declaration order. */
  static List<String> of(Class<?> type) {
    Set<String> optional = OPTIONAL.getOrDefault(type, Set.of());
    return java.util.Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .filter(name -> !optional.contains(name))
        .toList();
  }

  /**
   * What the check needs to know about one record component, computed once per class: reading
   * record components and their generic types reflectively on every message cost three quarters of
   * a registry record's decode time.
   */
  private record Field(String name, boolean optional, Class<?> nestedRecord, Class<?> listOf) {}

  private static final ClassValue<List<Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          Set<String> optional = OPTIONAL.getOrDefault(type, Set.of());
          return java.util.Arrays.stream(type.getRecordComponents())
              .map(
                  c -> new Field(c.getName(), optional.contains(c.getName()), nested(c), listOf(c)))
              .toList();
        }
      };

  private static Class<?> nested(RecordComponent component) {
    return component.getType().isRecord() ? component.getType() : null;
  }

  private static Class<?> listOf(RecordComponent component) {
    if (List.class.equals(component.getType())
        && component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element
        && element.isRecord()) {
      return element;
    }
    return null;
  }

  /** The first required field missing or null in {@code node}, as a readable problem. */
  static Optional<String> check(Class<?> type, JsonNode node, String path) {
    if (!type.isRecord()) {
      return Optional.empty();
    }
    for (Field field : FIELDS.get(type)) {
      JsonNode value = node.get(field.name());
      if (value == null || value.isNull()) {
        if (field.optional()) {
          continue;
        }
        return Optional.of("missing required field '" + path + field.name() + "'");
      }
      if (field.nestedRecord() != null || field.listOf() != null) {
        Optional<String> nested = checkNested(field, value, path + field.name());
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkNested(Field field, JsonNode value, String where) {
    if (field.nestedRecord() != null && value.isObject()) {
      return check(field.nestedRecord(), value, where + ".");
    }
    if (field.listOf() != null && value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isNull()) {
          return Optional.of("field '" + where + "[" + i + "]' must not be null");
        }
        if (value.get(i).isObject()) {
          Optional<String> problem = check(field.listOf(), value.get(i), where + "[" + i + "].");
          if (problem.isPresent()) {
            return problem;
          }
        }
      }
    }
    return Optional.empty();
  }
}
