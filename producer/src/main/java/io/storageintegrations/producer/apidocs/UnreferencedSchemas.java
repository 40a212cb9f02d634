package io.storageintegrations.producer.apidocs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops component schemas no operation reaches, so server-internal types springdoc resolved along
 * the way (such as the status stream's emitter) are not published as part of the API.
 */
final class UnreferencedSchemas {

  private static final Pattern REF = Pattern.compile("#/components/schemas/([A-Za-z0-9._-]+)");

  private UnreferencedSchemas() {}

  static void remove(OpenAPI openApi) {
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    Set<String> reached = new HashSet<>();
    Deque<String> todo =
        new ArrayDeque<>(refs(List.of(openApi.getPaths(), openApi.getComponents().getResponses())));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (reached.add(name) && schemas.containsKey(name)) {
        todo.addAll(refs(schemas.get(name)));
      }
    }
    schemas.keySet().retainAll(reached);
  }

  private static Set<String> refs(Object part) {
    Set<String> names = new HashSet<>();
    try {
      Matcher matcher = REF.matcher(Json.mapper().writeValueAsString(part));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("OpenAPI model not serialisable", e);
    }
    return names;
  }
}
