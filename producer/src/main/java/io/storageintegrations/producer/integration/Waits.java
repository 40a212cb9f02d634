package io.storageintegrations.producer.integration;

import io.storageintegrations.producer.problem.ApiException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code ?wait=}: an ISO-8601 duration ({@code PT10S}) or seconds ({@code 10s}, {@code 10}).
 */
final class Waits {

  private Waits() {}

  static Optional<Duration> parse(String wait, Duration max) {
    if (wait == null || wait.isBlank()) {
      return Optional.empty();
    }
    Duration duration;
    try {
      String value = wait.trim().toUpperCase(Locale.ROOT);
      duration =
          value.startsWith("P")
              ? Duration.parse(value)
              : Duration.ofMillis(
                  Math.round(Double.parseDouble(value.replaceFirst("S$", "")) * 1000));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw ApiException.badRequest("wait '" + wait + "' is not a duration: use e.g. PT10S or 10s");
    }
    if (duration.isNegative()) {
      throw ApiException.badRequest("wait must not be negative");
    }
    return Optional.of(duration.compareTo(max) > 0 ? max : duration);
  }
}
