package io.storageintegrations.emulator.state;

import io.storageintegrations.emulator.ram.Policy;
import java.util.List;

/** A RAM role: trust policy, maximum session duration and attached permission policies. */
public record Role(
    String accountUid,
    String name,
    String roleId,
    Policy trustPolicy,
    int maxSessionSeconds,
    List<String> policyNames) {

  public String arn() {
    return "acs:ram::" + accountUid + ":role/" + name;
  }

  Role withPolicies(List<String> names) {
    return new Role(accountUid, name, roleId, trustPolicy, maxSessionSeconds, List.copyOf(names));
  }

  Role withTrust(Policy trust) {
    return new Role(accountUid, name, roleId, trust, maxSessionSeconds, policyNames);
  }
}
