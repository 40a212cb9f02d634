package io.storageintegrations.emulator.admin;

import io.storageintegrations.emulator.ram.PolicyParser;
import io.storageintegrations.emulator.state.EmulatorState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /_admin/accounts/{uid}/...}: policies, roles, trust and attachments. */
final class AccountRoutes {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AccountRoutes() {}

  /** True when the route matched and ran; false for an unknown route. */
  static boolean handle(EmulatorState state, String method, String[] p, Supplier<String> body) {
    if (p.length < 4) {
      return false;
    }
    String uid = p[1];
    String kind = p[2];
    String name = p[3];
    boolean put = method.equals("PUT");
    boolean delete = method.equals("DELETE");
    if (kind.equals("policies") && p.length == 4 && (put || delete)) {
      if (put) {
        state.putPolicy(uid, name, PolicyParser.parse(body.get()));
      } else {
        state.removePolicy(uid, name);
      }
      return true;
    }
    if (kind.equals("roles") && p.length == 4 && (put || delete)) {
      if (put) {
        putRole(state, uid, name, JSON.readTree(body.get()));
      } else {
        state.removeRole(uid, name);
      }
      return true;
    }
    if (kind.equals("roles") && p.length == 5 && p[4].equals("trust") && put) {
      state.setTrustPolicy(uid, name, PolicyParser.parse(body.get()));
      return true;
    }
    if (p.length == 6 && p[4].equals("policies") && (put || delete)) {
      return attachment(state, kind, uid, name, p[5], put);
    }
    return false;
  }

  private static void putRole(EmulatorState state, String uid, String name, JsonNode body) {
    List<String> policies = new ArrayList<>();
    body.path("policies").values().forEach(n -> policies.add(n.asString()));
    if (!body.has("trust")) {
      throw new IllegalArgumentException("a role needs a trust policy");
    }
    state.putRole(
        uid,
        name,
        PolicyParser.parse(body.get("trust")),
        body.path("maxSessionDuration").asInt(3600),
        policies);
  }

  private static boolean attachment(
      EmulatorState state, String kind, String uid, String name, String policy, boolean attach) {
    switch (kind) {
      case "roles" -> {
        if (attach) {
          state.attachRolePolicy(uid, name, policy);
        } else {
          state.detachRolePolicy(uid, name, policy);
        }
        return true;
      }
      case "users" -> {
        if (attach) {
          state.attachUserPolicy(uid, name, policy);
        } else {
          state.detachUserPolicy(uid, name, policy);
        }
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
