package io.storageintegrations.localstack.demo;

import io.storageintegrations.localstack.Console;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Prints an outcome for a person: the state, then each failed or warned check with its message and
 * the fix, and any check that needed retries. Passed checks are summed up in one line.
 */
final class OutcomePrinter {

  private static final String INDENT = "       ";

  private final Console console;

  OutcomePrinter(Console console) {
    this.console = console;
  }

  void print(int number, DemoOutcome outcome) {
    console.line(String.format("  %d. %s", number, outcome.title()));
    console.line(
        INDENT
            + outcome.name()
            + " -> "
            + outcome.state()
            + (outcome.asExpected()
                ? ", as expected"
                : "  ** expected " + outcome.expectedState() + " **")
            + "   (id "
            + outcome.integrationId()
            + ")");
    List<JsonNode> passed = outcome.checks("PASS");
    if (!passed.isEmpty()) {
      console.line(INDENT + passed.size() + " of " + outcome.checks().size() + " checks passed");
    }
    for (JsonNode check : outcome.checks()) {
      int attempts = check.path("attempts").asInt(1);
      String status = check.path("status").asString();
      if (status.equals("FAIL") || status.equals("WARN")) {
        console.line(
            INDENT + status + "  " + label(check) + " [" + check.path("code").asString() + "]");
        console.line(INDENT + "      " + check.path("message").asString());
        String fix = check.path("remediation").asString("");
        if (!fix.isBlank()) {
          console.line(INDENT + "      fix: " + fix.replace("\n", "\n" + INDENT + "           "));
        }
      } else if (attempts > 1) {
        console.line(
            INDENT
                + status
                + "  "
                + label(check)
                + " after "
                + attempts
                + " attempts (transient errors retried)");
      }
    }
    if (outcome.checks().isEmpty() && !outcome.message().isBlank()) {
      console.line(INDENT + outcome.message());
    }
    console.blank();
  }

  private static String label(JsonNode check) {
    return check.path("check").asString().replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
