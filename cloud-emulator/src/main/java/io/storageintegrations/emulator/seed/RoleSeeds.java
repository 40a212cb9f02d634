package io.storageintegrations.emulator.seed;

import java.util.List;
import java.util.Map;

/**
 * Seed documents for what a customer sets up by hand, for tests and benchmarks that follow the
 * platform's authorization materials: a role with their trust policy and a permission policy.
 */
public final class RoleSeeds {

  private RoleSeeds() {}

  /**
   * A seed (to serialize as JSON) giving account {@code accountId} role {@code role}, trusting as
   * {@code trustPolicy} says, with {@code permissionPolicy} attached as {@code <role>-policy}.
   * Policies are JSON trees or maps.
   */
  public static Map<String, Object> roleWithPolicy(
      String accountId, String role, Object trustPolicy, Object permissionPolicy) {
    return Map.of(
        "accounts",
        List.of(
            Map.of(
                "id", accountId,
                "policies", List.of(Map.of("name", role + "-policy", "document", permissionPolicy)),
                "roles",
                    List.of(
                        Map.of(
                            "name", role,
                            "trust", trustPolicy,
                            "policies", List.of(role + "-policy"))))));
  }
}
