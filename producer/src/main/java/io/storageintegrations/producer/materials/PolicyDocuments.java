package io.storageintegrations.producer.materials;

import io.storageintegrations.model.message.AccessMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RAM permission policy and the role trust policy, least privilege: only the actions the
 * validation and the access mode need, only on the customer's bucket and its objects.
 */
final class PolicyDocuments {

  private PolicyDocuments() {}

  static List<String> actions(AccessMode access) {
    List<String> actions = new ArrayList<>(List.of("oss:GetBucketLocation", "oss:ListObjects"));
    actions.add("oss:GetObject");
    if (access == AccessMode.READ_WRITE) {
      actions.add("oss:PutObject");
    }
    return List.copyOf(actions);
  }

  static Map<String, Object> ramPolicy(String bucket, AccessMode access) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Effect", "Allow");
    statement.put("Action", actions(access));
    statement.put("Resource", List.of("acs:oss:*:*:" + bucket, "acs:oss:*:*:" + bucket + "/*"));
    return document(statement);
  }

  static Map<String, Object> trustPolicy(String principalArn, String externalId) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Effect", "Allow");
    statement.put("Action", "sts:AssumeRole");
    statement.put("Principal", Map.of("RAM", List.of(principalArn)));
    statement.put("Condition", Map.of("StringEquals", Map.of("sts:ExternalId", externalId)));
    return document(statement);
  }

  private static Map<String, Object> document(Map<String, Object> statement) {
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("Version", "1");
    policy.put("Statement", List.of(statement));
    return policy;
  }
}
