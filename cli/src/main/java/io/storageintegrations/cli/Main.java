package io.storageintegrations.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code si [--url URL] [--api-key KEY] [--json] COMMAND ...}. The URL and key may also come from
 * {@code SI_URL} and {@code SI_API_KEY} (preferred for the key: it stays out of shell history).
 * Exit codes: 0 done, 1 the API refused (problem printed), 2 wrong usage, 3 could not call.
 */
public final class Main {

  static final String USAGE =
      """
      usage: si [--url URL] [--api-key KEY] [--json] COMMAND [OPTIONS]
        materials  --project P --bucket B --region R --access READ_ONLY|READ_WRITE
        validate   --project P --access A --bucket B --region R --role-arn ARN --external-id ID [--wait PT30S]
        create     --project P --name N [--description D] --access A --bucket B --region R
                   --role-arn ARN --external-id ID [--wait PT30S]
        list       [--project P] [--state PENDING|ACTIVE|INVALID|ERROR] [--page N] [--size N]
        describe   INTEGRATION_ID
        revalidate INTEGRATION_ID [--wait PT30S]
        delete     INTEGRATION_ID [--wait PT10S]
        credentials INTEGRATION_ID --prefix P --access READ_ONLY|READ_WRITE [--duration-seconds 900]
                   (job keys only) prints export lines: eval "$(si credentials …)"
      environment: SI_URL (default http://127.0.0.1:8080), SI_API_KEY
      """;

  private static final tools.jackson.databind.json.JsonMapper COMPACT =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private Main() {}

  public static void main(String[] argv) {
    System.exit(run(argv, System.out, System.err, System.getenv()));
  }

  /** Runs one command; answers the exit code. */
  public static int run(String[] argv, PrintStream out, PrintStream err, Map<String, String> env) {
    Args args;
    try {
      args = Args.parse(argv);
      if (args.flag("help") || args.positional().isEmpty()) {
        out.print(USAGE);
        return args.flag("help") ? 0 : 2;
      }
      String url = first(args.option("url"), env.get("SI_URL"), "http://127.0.0.1:8080");
      String key = first(args.option("api-key"), env.get("SI_API_KEY"), null);
      if (key == null) {
        throw new Args.UsageException("no API key: set SI_API_KEY or pass --api-key");
      }
      return execute(args, new ApiClient(url, key), out, err);
    } catch (Args.UsageException e) {
      err.println("si: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (java.io.IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println("si: could not reach the API: " + why);
      return 3;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 3;
    }
  }

  private static int execute(Args args, ApiClient api, PrintStream out, PrintStream err)
      throws java.io.IOException, InterruptedException {
    String base = "/v1/storage-integrations";
    String command = args.word(0, "command");
    ApiClient.Reply reply;
    Map<String, String> query = new LinkedHashMap<>();
    switch (command) {
      case "materials" -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", args.required("project"));
        body.put("bucket", args.required("bucket"));
        body.put("region", args.required("region"));
        body.put("access", args.required("access"));
        reply = api.post(base + "/authorization-materials", query, json(body));
      }
      case "validate", "create" -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", args.required("project"));
        if (command.equals("create")) {
          body.put("name", args.required("name"));
          body.put("description", args.option("description"));
        }
        body.put("access", args.required("access"));
        body.put("bucket", args.required("bucket"));
        body.put("region", args.required("region"));
        body.put("roleArn", args.required("role-arn"));
        body.put("externalId", args.required("external-id"));
        query.put("wait", args.option("wait"));
        reply = api.post(command.equals("create") ? base : base + "/validate", query, json(body));
      }
      case "list" -> {
        query.put("projectId", args.option("project"));
        query.put("state", args.option("state"));
        query.put("page", args.option("page"));
        query.put("size", args.option("size"));
        reply = api.get(base, query);
      }
      case "describe" -> reply = api.get(base + "/" + args.word(1, "integration ID"), query);
      case "revalidate" -> {
        query.put("wait", args.option("wait"));
        reply = api.post(base + "/" + args.word(1, "integration ID") + "/revalidate", query, "");
      }
      case "delete" -> {
        query.put("wait", args.option("wait"));
        reply = api.delete(base + "/" + args.word(1, "integration ID"), query);
      }
      case "credentials" -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access", args.required("access"));
        body.put("prefix", args.required("prefix"));
        String duration = args.option("duration-seconds");
        if (duration != null) {
          try {
            body.put("durationSeconds", Integer.parseInt(duration));
          } catch (NumberFormatException e) {
            throw new Args.UsageException("--duration-seconds must be a number of seconds");
          }
        }
        reply =
            api.post(
                base + "/" + args.word(1, "integration ID") + "/credentials", query, json(body));
      }
      default -> throw new Args.UsageException("unknown command '" + command + "'");
    }
    JsonNode body =
        reply.body() == null || reply.body().isBlank() ? null : Output.JSON.readTree(reply.body());
    if (!reply.ok()) {
      if (args.flag("json")) {
        err.println(reply.body());
      } else if (body != null) {
        Output.problem(err, reply.status(), body);
      } else {
        err.println("error " + reply.status());
      }
      return 1;
    }
    if (args.flag("json")) {
      out.println(Output.JSON.writeValueAsString(body));
      return 0;
    }
    Output output = new Output(out);
    switch (command) {
      case "materials" -> output.materials(body);
      case "validate" -> output.validation(body);
      case "list" -> output.list(body);
      case "delete" -> output.deletion(body);
      case "credentials" -> output.credentials(body);
      default -> output.integration(body);
    }
    if (reply.status() == 202 && !command.equals("delete")) {
      out.println("(accepted; the outcome is not in yet: describe it later, or pass --wait PT30S)");
    }
    return 0;
  }

  private static String json(Map<String, Object> body) {
    body.values().removeIf(java.util.Objects::isNull);
    return COMPACT.writeValueAsString(body);
  }

  private static String first(String a, String b, String fallback) {
    return a != null ? a : b != null ? b : fallback;
  }
}
