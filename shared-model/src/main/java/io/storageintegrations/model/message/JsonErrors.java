package io.storageintegrations.model.message;

import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns Jackson's binding errors into a short, specific reason naming the field. */
final class JsonErrors {

  private JsonErrors() {}

  static String describe(JacksonException e) {
    String field = field(e);
    if (e instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return "field '"
            + field
            + "' has unknown value '"
            + invalid.getValue()
            + "' (expected one of "
            + allowed
            + ")";
      }
      return "field '" + field + "' has an invalid value for " + simpleName(target);
    }
    if (e instanceof MismatchedInputException mismatched) {
      return "field '"
          + field
          + "' has the wrong type (expected "
          + simpleName(mismatched.getTargetType())
          + ")";
    }
    return "field '" + field + "': " + e.getOriginalMessage();
  }

  private static String field(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "(root)" : path.toString();
  }

  private static String simpleName(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == java.time.Instant.class) {
      return "an RFC 3339 timestamp";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return type.isRecord() ? "an object" : type.getSimpleName();
  }
}
