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
              "externalId"),
          IntegrationAccepted.class,
          Set.of("description"),
          IntegrationRecord.class,
          Set.of("description", "lastValidatedAt"),
          CheckResult.class,
          Set.of("code", "message", "remediation"),
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

  /** The first required field missing or null in {@code node}, as a readable problem. */
  static Optional<String> check(Class<?> type, JsonNode node, String path) {
    if (!type.isRecord()) {
      return Optional.empty();
    }
    Set<String> optional = OPTIONAL.getOrDefault(type, Set.of());
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      JsonNode value = node.get(name);
      String where = path + name;
      if (value == null || value.isNull()) {
        if (optional.contains(name)) {
          continue;
        }
        return Optional.of("missing required field '" + where + "'");
      }
      Optional<String> nested = checkNested(component, value, where);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkNested(
      RecordComponent component, JsonNode value, String where) {
    if (component.getType().isRecord() && value.isObject()) {
      return check(component.getType(), value, where + ".");
    }
    if (List.class.equals(component.getType())
        && value.isArray()
        && component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element
        && element.isRecord()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isNull()) {
          return Optional.of("field '" + where + "[" + i + "]' must not be null");
        }
        if (value.get(i).isObject()) {
          Optional<String> problem = check(element, value.get(i), where + "[" + i + "].");
          if (problem.isPresent()) {
            return problem;
          }
        }
      }
    }
    return Optional.empty();
  }
}
