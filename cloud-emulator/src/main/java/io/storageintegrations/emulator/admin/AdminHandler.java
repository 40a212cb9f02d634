package io.storageintegrations.emulator.admin;

import io.storageintegrations.emulator.fault.CallCounters;
import io.storageintegrations.emulator.fault.FaultInjector;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.ram.PolicyGrammarException;
import io.storageintegrations.emulator.seed.SeedApplier;
import io.storageintegrations.emulator.seed.SeedException;
import io.storageintegrations.emulator.seed.SeedLoader;
import io.storageintegrations.emulator.server.AdminApi;
import io.storageintegrations.emulator.server.Percent;
import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.KeyStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes {@code /_admin/...}; bodies and answers are JSON (seeds may also be YAML), and what a web
 * page could send is refused first ({@link AdminRequestGuard}).
 */
public final class AdminHandler implements AdminApi {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  private final EmulatorState state;
  private final FaultInjector faults;
  private final CallCounters counters;

  public AdminHandler(EmulatorState state, FaultInjector faults, CallCounters counters) {
    this.state = state;
    this.faults = faults;
    this.counters = counters;
  }

  @Override
  public Reply handle(Request request, String subPath) {
    var refusal = AdminRequestGuard.check(request, subPath);
    if (refusal.isPresent()) {
      return json(refusal.get().status(), Map.of("error", refusal.get().message()));
    }
    String[] p = segments(subPath);
    String method = request.method();
    try {
      Object result = route(request, method, p);
      return json(200, result == null ? Map.of("ok", true) : result);
    } catch (NotFound e) {
      return json(
          404,
          Map.of(
              "error", "no admin endpoint " + method + " /_admin" + subPath, "see", "GET /_admin"));
    } catch (IllegalArgumentException
        | SeedException
        | PolicyGrammarException
        | JacksonException e) {
      return json(400, Map.of("error", String.valueOf(e.getMessage())));
    }
  }

  private Object route(Request request, String method, String[] p) {
    String first = p.length > 0 ? p[0] : "";
    switch (first) {
      case "" -> {
        return Endpoints.LIST;
      }
      case "state" -> {
        if (method.equals("GET")) {
          return StateView.of(state);
        }
        if (method.equals("DELETE")) {
          state.clear();
          return null;
        }
      }
      case "seed" -> {
        if (method.equals("POST") || method.equals("PUT")) {
          String text = body(request);
          SeedApplier.apply(SeedLoader.parse(text, "admin request"), state, "admin request");
          return null;
        }
      }
      case "clock" -> {
        return clock(request, method);
      }
      case "settings" -> {
        if (method.equals("PUT")) {
          JsonNode body = JSON.readTree(body(request));
          if (body.has("assumeRoleRatePerSecond")) {
            state.settings(
                state
                    .settings()
                    .withAssumeRoleRatePerSecond(body.get("assumeRoleRatePerSecond").asInt()));
          }
        }
        return state.settings();
      }
      case "faults" -> {
        return faults(request, method, p);
      }
      case "counters" -> {
        if (method.equals("DELETE")) {
          counters.reset();
          return null;
        }
        return counters.snapshot();
      }
      case "keys" -> {
        if (p.length == 2 && method.equals("PUT")) {
          JsonNode body = JSON.readTree(body(request));
          state.setKeyStatus(p[1], KeyStatus.valueOf(body.path("status").asString()));
          return null;
        }
        if (p.length == 2 && method.equals("DELETE")) {
          state.removeAccessKey(p[1]);
          return null;
        }
      }
      case "buckets" -> {
        if (p.length == 2 && method.equals("PUT")) {
          JsonNode body = JSON.readTree(body(request));
          state.putBucket(
              p[1],
              body.path("owner").asString(),
              body.path("region").asString(state.settings().defaultRegion()));
          return null;
        }
        if (p.length == 2 && method.equals("DELETE")) {
          state.removeBucket(p[1]);
          return null;
        }
        if (p.length == 3 && p[2].equals("objects") && method.equals("GET")) {
          return objects(p[1]);
        }
      }
      case "accounts" -> {
        if (AccountRoutes.handle(state, method, p, () -> body(request))) {
          return null;
        }
      }
      default -> {}
    }
    throw new NotFound();
  }

  private Object objects(String bucketName) {
    var bucket = state.bucket(bucketName);
    if (bucket == null) {
      throw new IllegalArgumentException("no bucket " + bucketName);
    }
    List<Map<String, Object>> objects = new java.util.ArrayList<>();
    bucket
        .objects()
        .values()
        .forEach(
            o ->
                objects.add(
                    Map.of(
                        "key", o.key(),
                        "size", o.data().length,
                        "etag", o.etag(),
                        "contentType", o.contentType(),
                        "lastModified", o.lastModified().toString())));
    return Map.of("bucket", bucketName, "region", bucket.region(), "objects", objects);
  }

  private Object clock(Request request, String method) {
    if (method.equals("PUT") || method.equals("POST")) {
      JsonNode body = JSON.readTree(body(request));
      if (body.path("reset").asBoolean(false)) {
        state.clock().reset();
      } else if (body.has("now")) {
        state.clock().set(Instant.parse(body.get("now").asString()));
      } else if (body.has("advanceSeconds")) {
        state.clock().advance(Duration.ofSeconds(body.get("advanceSeconds").asLong()));
      } else {
        throw new IllegalArgumentException("clock body needs one of: now, advanceSeconds, reset");
      }
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("now", state.clock().now().toString());
    view.put("offsetSeconds", state.clock().offset().toSeconds());
    return view;
  }

  private Object faults(Request request, String method, String[] p) {
    if (p.length == 1) {
      if (method.equals("DELETE")) {
        faults.clear();
        return null;
      }
      return faults.installed();
    }
    String operation = p[1];
    if (method.equals("PUT")) {
      faults.set(operation, JSON.readValue(body(request), FaultSpec.class));
      return faults.installed();
    }
    if (method.equals("DELETE")) {
      faults.clear(operation);
      return null;
    }
    throw new NotFound();
  }

  private static String body(Request request) {
    byte[] body = request.body(16 << 20);
    if (body == null) {
      throw new IllegalArgumentException("request body too large");
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String[] segments(String subPath) {
    String trimmed = subPath.replaceAll("^/+|/+$", "");
    if (trimmed.isEmpty()) {
      return new String[0];
    }
    String[] raw = trimmed.split("/");
    for (int i = 0; i < raw.length; i++) {
      raw[i] = Percent.decode(raw[i], false);
    }
    return raw;
  }

  private static Reply json(int status, Object value) {
    return Reply.of(
        status, status == 200 ? "OK" : "Error", "application/json", JSON.writeValueAsBytes(value));
  }

  /** Unknown route. */
  private static final class NotFound extends RuntimeException {
    NotFound() {
      super(null, null, false, false);
    }
  }
}
