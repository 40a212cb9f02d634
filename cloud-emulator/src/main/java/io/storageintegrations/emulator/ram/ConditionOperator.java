package io.storageintegrations.emulator.ram;

import java.util.List;

/** The condition operators the emulator evaluates; a missing key only satisfies negated ones. */
enum ConditionOperator {
  STRING_EQUALS("StringEquals", false, false, false),
  STRING_NOT_EQUALS("StringNotEquals", true, false, false),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, true, false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, true, false),
  STRING_LIKE("StringLike", false, false, true),
  STRING_NOT_LIKE("StringNotLike", true, false, true);

  private final String jsonName;
  private final boolean negated;
  private final boolean ignoreCase;
  private final boolean wildcards;

  ConditionOperator(String jsonName, boolean negated, boolean ignoreCase, boolean wildcards) {
    this.jsonName = jsonName;
    this.negated = negated;
    this.ignoreCase = ignoreCase;
    this.wildcards = wildcards;
  }

  static ConditionOperator of(String name) {
    for (ConditionOperator op : values()) {
      if (op.jsonName.equals(name)) {
        return op;
      }
    }
    throw new PolicyGrammarException(
        "Condition operator '"
            + name
            + "' is not supported by the emulator (supported: StringEquals, StringNotEquals,"
            + " StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike)");
  }

  boolean test(String actual, List<String> expected) {
    if (actual == null) {
      return negated;
    }
    boolean any = false;
    for (String candidate : expected) {
      if (wildcards
          ? Glob.matches(candidate, actual, ignoreCase)
          : (ignoreCase ? candidate.equalsIgnoreCase(actual) : candidate.equals(actual))) {
        any = true;
        break;
      }
    }
    return negated != any;
  }
}
