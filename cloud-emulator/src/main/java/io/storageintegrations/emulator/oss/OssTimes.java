package io.storageintegrations.emulator.oss;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The request-time formats OSS accepts: RFC 1123 ({@code Date}, and {@code x-oss-date} as ali-oss
 * sends it with V1) and ISO 8601 basic ({@code x-oss-date} with V4, {@code 20221220T084818Z}).
 */
final class OssTimes {

  private OssTimes() {}

  /** A V1 request time: RFC 1123, or ISO 8601 basic; null when neither parses. */
  static Instant v1(String value) {
    if (value == null) {
      return null;
    }
    if (isBasicUtc(value)) {
      return basic(value);
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A V4 time ({@code yyyyMMdd'T'HHmmss'Z'}); null when it does not parse. */
  static Instant v4(String value) {
    return isBasicUtc(value) ? basic(value) : null;
  }

  private static Instant basic(String value) {
    // Hand-parsed: every SDK request carries one, and the formatter costs microseconds.
    try {
      return LocalDateTime.of(
              digits(value, 0, 4),
              digits(value, 4, 6),
              digits(value, 6, 8),
              digits(value, 9, 11),
              digits(value, 11, 13),
              digits(value, 13, 15))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isBasicUtc(String value) {
    if (value == null || value.length() != 16) {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      char c = value.charAt(i);
      if (i == 8 ? c != 'T' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return value.charAt(15) == 'Z';
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
