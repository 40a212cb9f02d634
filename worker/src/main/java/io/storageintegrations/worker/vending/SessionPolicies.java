package io.storageintegrations.worker.vending;

import io.storageintegrations.model.message.AccessMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The STS session policy that narrows the customer's role to one prefix and the actions of one
 * access. The effective rights are the intersection with the role's own policy, so a session policy
 * can only take away. READ_ONLY: list under the prefix ({@code oss:Prefix} condition) and read
 * objects under it. READ_WRITE adds writing (PutObject covers the multipart calls that upload),
 * aborting and listing multipart uploads, and deleting, all under the prefix.
 */
final class SessionPolicies {

  static final List<String> READ_OBJECT = List.of("oss:GetObject");
  static final List<String> WRITE_OBJECT =
      List.of("oss:PutObject", "oss:AbortMultipartUpload", "oss:ListParts", "oss:DeleteObject");
  static final List<String> READ_BUCKET = List.of("oss:ListObjects");
  static final List<String> WRITE_BUCKET = List.of("oss:ListMultipartUploads");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SessionPolicies() {}

  static String of(AccessMode access, String bucket, String prefix) {
    boolean write = access == AccessMode.READ_WRITE;
    List<String> bucketActions = new ArrayList<>(READ_BUCKET);
    List<String> objectActions = new ArrayList<>(READ_OBJECT);
    if (write) {
      bucketActions.addAll(WRITE_BUCKET);
      objectActions.addAll(WRITE_OBJECT);
    }
    Map<String, Object> listUnderPrefix =
        Map.of(
            "Effect",
            "Allow",
            "Action",
            bucketActions,
            "Resource",
            List.of("acs:oss:*:*:" + bucket),
            "Condition",
            Map.of("StringLike", Map.of("oss:Prefix", List.of(prefix + "*"))));
    Map<String, Object> objectsUnderPrefix =
        Map.of(
            "Effect",
            "Allow",
            "Action",
            objectActions,
            "Resource",
            List.of("acs:oss:*:*:" + bucket + "/" + prefix + "*"));
    return JSON.writeValueAsString(
        Map.of("Version", "1", "Statement", List.of(listUnderPrefix, objectsUnderPrefix)));
  }
}
