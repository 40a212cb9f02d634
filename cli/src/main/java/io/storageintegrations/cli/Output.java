package io.storageintegrations.cli;

import java.io.PrintStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Readable renderings of the API's answers (the --json flag prints them unchanged instead). */
final class Output {

  static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final PrintStream out;

  Output(PrintStream out) {
    this.out = out;
  }

  void materials(JsonNode m) {
    out.println("External ID:        " + text(m, "externalId"));
    out.println("Platform account:   " + text(m, "platformAccount"));
    out.println("Platform principal: " + text(m, "platformPrincipal"));
    out.println(
        "Bucket:             "
            + text(m, "bucket")
            + " ("
            + text(m, "region")
            + "), "
            + text(m, "access"));
    out.println();
    out.println("1. Create this RAM permission policy:");
    out.println(JSON.writeValueAsString(m.get("ramPolicy")));
    out.println();
    out.println("2. Create a RAM role with this trust policy, attach the policy, copy its ARN:");
    out.println(JSON.writeValueAsString(m.get("trustPolicy")));
  }

  void integration(JsonNode i) {
    out.println(text(i, "integrationId") + "  " + text(i, "name") + "  " + state(i));
    row("project", text(i, "projectId"));
    row("description", text(i, "description"));
    row("bucket", text(i, "bucket") + " (" + text(i, "region") + "), " + text(i, "access"));
    row("role ARN", text(i, "roleArn"));
    row("external ID", text(i, "externalId"));
    row("revision", text(i, "revision"));
    row("last validated", text(i, "lastValidatedAt"));
    row("message", text(i, "message"));
    JsonNode checks = i.get("checks");
    if (checks != null && !checks.isEmpty()) {
      out.println("checks:");
      for (JsonNode c : checks) {
        out.printf(
            "  %-5s %-24s %-28s %s%n",
            text(c, "status"), text(c, "check"), text(c, "code"), text(c, "message"));
        if (c.hasNonNull("remediation") && !"PASS".equals(text(c, "status"))) {
          out.println("        fix: " + text(c, "remediation"));
        }
      }
    }
    JsonNode history = i.get("history");
    if (history != null && !history.isEmpty()) {
      out.println("history:");
      for (JsonNode h : history) {
        out.printf(
            "  rev %-3s %-8s %-28s %s%n",
            text(h, "revision"), text(h, "state"), text(h, "reason"), text(h, "at"));
      }
    }
  }

  void validation(JsonNode v) {
    out.println(text(v, "validationId") + "  " + text(v, "status") + "  " + text(v, "message"));
    JsonNode checks = v.get("checks");
    if (checks != null) {
      for (JsonNode c : checks) {
        out.printf("  %-5s %-24s %s%n", text(c, "status"), text(c, "check"), text(c, "message"));
        if (c.hasNonNull("remediation") && !"PASS".equals(text(c, "status"))) {
          out.println("        fix: " + text(c, "remediation"));
        }
      }
    }
  }

  void list(JsonNode page) {
    out.printf(
        "%-27s %-24s %-8s %-20s %-14s %s%n", "ID", "NAME", "STATE", "BUCKET", "REGION", "MESSAGE");
    for (JsonNode i : page.get("items")) {
      out.printf(
          "%-27s %-24s %-8s %-20s %-14s %s%n",
          text(i, "integrationId"),
          text(i, "name"),
          text(i, "state"),
          text(i, "bucket"),
          text(i, "region"),
          text(i, "message"));
    }
    int page0 = page.get("page").asInt();
    int size = page.get("size").asInt();
    long total = page.get("total").asLong();
    out.printf(
        "page %d (size %d): %d of %d integrations%n", page0, size, page.get("items").size(), total);
  }

  void deletion(JsonNode d) {
    boolean deleted = d.get("deleted").asBoolean();
    out.println(
        (deleted ? "deleted " : "deletion accepted for ")
            + text(d, "integrationId")
            + " ("
            + text(d, "name")
            + ")");
  }

  /** A problem detail on stderr: title, detail, and each field's message. */
  static void problem(PrintStream err, int status, JsonNode p) {
    err.println("error " + status + ": " + text(p, "title") + ": " + text(p, "detail"));
    JsonNode errors = p.get("errors");
    if (errors != null) {
      for (JsonNode e : errors) {
        err.println("  " + text(e, "field") + ": " + text(e, "message"));
      }
    }
  }

  private void row(String name, String value) {
    if (value != null && !value.equals("null")) {
      out.printf("  %-16s %s%n", name + ":", value);
    }
  }

  private static String state(JsonNode i) {
    boolean inFlight =
        i.hasNonNull("validationInFlight") && i.get("validationInFlight").asBoolean();
    String state = text(i, "state");
    return inFlight && !"PENDING".equals(state) ? state + " (re-validating)" : state;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  /**
   * Shell {@code export} lines for the vended credentials, in the environment variables Alibaba
   * Cloud's SDKs and ossutil read, so {@code eval "$(si credentials …)"} hands them to a job
   * without them ever appearing on a command line.
   */
  void credentials(JsonNode c) {
    export("ALIBABA_CLOUD_ACCESS_KEY_ID", text(c, "accessKeyId"));
    export("ALIBABA_CLOUD_ACCESS_KEY_SECRET", text(c, "accessKeySecret"));
    export("ALIBABA_CLOUD_SECURITY_TOKEN", text(c, "securityToken"));
    export("OSS_ENDPOINT", text(c, "endpoint"));
    export("OSS_REGION", text(c, "region"));
    export("OSS_BUCKET", text(c, "bucket"));
    export("OSS_PREFIX", text(c, "prefix"));
    export("SI_CREDENTIALS_EXPIRATION", text(c, "expiration"));
  }

  private void export(String name, String value) {
    out.println("export " + name + "=" + shellQuoted(value == null ? "" : value));
  }

  /** Single quotes, each embedded one closed, escaped and reopened: safe for any value. */
  static String shellQuoted(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
