package io.storageintegrations.emulator.admin;

import java.util.List;

/** The admin API's self-description, served at {@code GET /_admin}. */
final class Endpoints {

  static final List<String> LIST =
      List.of(
          "GET    /_admin/state                                   everything (secrets omitted)",
          "DELETE /_admin/state                                   forget all accounts, keys, roles, buckets",
          "POST   /_admin/seed                                    merge a seed document (YAML or JSON)",
          "GET    /_admin/clock | PUT {now|advanceSeconds|reset}  the emulator's clock",
          "GET    /_admin/settings | PUT {assumeRoleRatePerSecond}",
          "GET    /_admin/faults | DELETE                         installed faults / remove all",
          "PUT    /_admin/faults/{operation}                      install a FaultSpec (operation e.g. oss:PutObject, oss:*, *)",
          "DELETE /_admin/faults/{operation}",
          "GET    /_admin/counters | DELETE                       calls per operation and outcome / reset",
          "PUT    /_admin/keys/{id} {status}  | DELETE            enable/disable or remove an AccessKey",
          "PUT    /_admin/buckets/{name} {owner,region} | DELETE",
          "GET    /_admin/buckets/{name}/objects                  keys, sizes, ETags",
          "PUT    /_admin/accounts/{uid}/policies/{name} <policy> | DELETE",
          "PUT    /_admin/accounts/{uid}/roles/{role} {trust,maxSessionDuration,policies} | DELETE",
          "PUT    /_admin/accounts/{uid}/roles/{role}/trust <policy>",
          "PUT    /_admin/accounts/{uid}/roles/{role}/policies/{name} | DELETE   attach / detach",
          "PUT    /_admin/accounts/{uid}/users/{user}/policies/{name} | DELETE   attach / detach");

  private Endpoints() {}
}
