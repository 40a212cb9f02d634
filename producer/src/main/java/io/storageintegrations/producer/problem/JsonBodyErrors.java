package io.storageintegrations.producer.problem;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Explains an unreadable JSON body by the field at fault, without echoing the whole payload. */
final class JsonBodyErrors {

  private JsonBodyErrors() {}

  static Optional<String> field(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      return Optional.of(
          jackson.getPath().stream()
              .map(
                  ref ->
                      ref.getPropertyName() != null
                          ? ref.getPropertyName()
                          : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining(".")));
    }
    return Optional.empty();
  }

  static String describe(HttpMessageNotReadableException e) {
    Optional<String> field = field(e);
    // An enum gets its names whatever the wrong value was: an unknown name, a number, a boolean.
    if (e.getCause() instanceof MismatchedInputException format && field.isPresent()) {
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        return field.get() + " must be one of " + Arrays.toString(target.getEnumConstants());
      }
      return field.get() + " has a value of the wrong type";
    }
    if (field.isPresent()) {
      return field.get() + " has a value of the wrong type";
    }
    return "the request body must be a JSON object";
  }
}
