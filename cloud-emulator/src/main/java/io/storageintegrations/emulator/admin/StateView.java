package io.storageintegrations.emulator.admin;

import io.storageintegrations.emulator.state.AccessKey;
import io.storageintegrations.emulator.state.Account;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.RamUser;
import io.storageintegrations.emulator.state.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON-friendly snapshot of the state; secrets are never included. */
final class StateView {

  private StateView() {}

  static Map<String, Object> of(EmulatorState state) {
    List<Object> accounts = new ArrayList<>();
    for (Account account : state.accounts()) {
      String uid = account.uid();
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", uid);
      a.put("name", account.name());
      Map<String, Object> policies = new LinkedHashMap<>();
      state
          .customPolicies()
          .forEach(
              (k, v) -> {
                if (k.startsWith(uid + "/")) {
                  policies.put(k.substring(uid.length() + 1), v.source());
                }
              });
      a.put("policies", policies);
      List<Object> users = new ArrayList<>();
      for (RamUser user : state.users()) {
        if (user.accountUid().equals(uid)) {
          users.add(Map.of("name", user.name(), "policies", user.policyNames()));
        }
      }
      a.put("users", users);
      List<Object> keys = new ArrayList<>();
      for (AccessKey key : state.accessKeys()) {
        if (key.accountUid().equals(uid)) {
          keys.add(
              Map.of(
                  "id",
                  key.id(),
                  "user",
                  key.root() ? "(root)" : key.userName(),
                  "status",
                  key.status().name()));
        }
      }
      a.put("keys", keys);
      List<Object> roles = new ArrayList<>();
      for (Role role : state.roles()) {
        if (role.accountUid().equals(uid)) {
          roles.add(
              Map.of(
                  "name", role.name(),
                  "arn", role.arn(),
                  "maxSessionDuration", role.maxSessionSeconds(),
                  "trust", role.trustPolicy().source(),
                  "policies", role.policyNames()));
        }
      }
      a.put("roles", roles);
      List<Object> buckets = new ArrayList<>();
      for (Bucket bucket : state.buckets()) {
        if (bucket.ownerUid().equals(uid)) {
          buckets.add(
              Map.of(
                  "name",
                  bucket.name(),
                  "region",
                  bucket.region(),
                  "objects",
                  bucket.objects().size()));
        }
      }
      a.put("buckets", buckets);
      accounts.add(a);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("now", state.clock().now().toString());
    view.put("settings", state.settings());
    view.put("sessions", state.sessionCount());
    view.put("storedBytes", state.storedBytes());
    view.put("accounts", accounts);
    return view;
  }
}
