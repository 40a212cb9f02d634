package io.storageintegrations.model.rules;

import java.util.Optional;

/**
 * The object prefix vended credentials are narrowed to. It becomes part of a RAM session policy
 * ({@code acs:oss:*:*:<bucket>/<prefix>*} and an {@code oss:Prefix} condition), so anything a
 * policy would read as a wildcard or variable is refused, as are paths that do not mean what they
 * seem ({@code ..}, {@code //}). It must end with {@code /}, so {@code backups/a/} never also
 * grants {@code backups/ab/}. The validation probe's area is reserved.
 */
public final class ObjectPrefixes {

  /** Three copies go into a session policy, which STS limits to 2,048 bytes. */
  public static final int MAX_LENGTH = 256;

  /** Where the validation writes its probe; jobs never get credentials for it. */
  public static final String RESERVED = ".storage-integrations/";

  private ObjectPrefixes() {}

  /** The problem with {@code prefix}, naming the value and the fix; empty when it is fine. */
  public static Optional<FieldViolation> problem(String prefix) {
    return message(prefix).map(m -> new FieldViolation("prefix", m));
  }

  private static Optional<String> message(String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      return Optional.of("prefix is required, e.g. 'backups/2026-12-01/'");
    }
    String quoted = "prefix '" + printable(prefix) + "'";
    if (prefix.length() > MAX_LENGTH) {
      return Optional.of(quoted + " is longer than " + MAX_LENGTH + " characters");
    }
    if (prefix.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.of(quoted + " contains a control character");
    }
    if (prefix.chars().anyMatch(c -> "*?$\\".indexOf(c) >= 0)) {
      return Optional.of(quoted + " may not contain *, ?, $ or \\ (they act as policy wildcards)");
    }
    if (prefix.startsWith("/")) {
      return Optional.of(quoted + " must not start with '/' (object names never do)");
    }
    if (!prefix.endsWith("/")) {
      return Optional.of(quoted + " must end with '/': use '" + printable(prefix) + "/'");
    }
    if (prefix.contains("//")) {
      return Optional.of(quoted + " must not contain an empty segment ('//')");
    }
    for (String segment : prefix.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of(quoted + " must not contain '.' or '..' segments");
      }
    }
    if (prefix.startsWith(RESERVED)) {
      return Optional.of(quoted + " is inside " + RESERVED + ", which the platform reserves");
    }
    return Optional.empty();
  }

  private static String printable(String prefix) {
    String cut = prefix.length() > 80 ? prefix.substring(0, 80) + "…" : prefix;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
