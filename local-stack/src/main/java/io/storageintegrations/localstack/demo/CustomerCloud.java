package io.storageintegrations.localstack.demo;

/**
 * The demo customer's side of Alibaba Cloud, as the demo needs to arrange it: buckets, roles with
 * trust and permission policies, and transient faults for the retry scenario.
 */
public interface CustomerCloud {

  /** The customer's account UID, as it appears in role ARNs. */
  String customerAccountId();

  void putBucket(String name, String region);

  /** Creates or replaces a role with this trust policy and this permission policy attached. */
  void putRole(String roleName, String trustPolicyJson, String permissionPolicyJson);

  /** The next {@code times} calls of {@code operation} fail with {@code code} / {@code status}. */
  void failNextCalls(String operation, int times, String code, int status);

  /** Removes every injected fault. */
  void clearFaults();

  default String roleArn(String roleName) {
    return "acs:ram::" + customerAccountId() + ":role/" + roleName;
  }
}
