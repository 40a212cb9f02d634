package io.storageintegrations.worker.vending;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import org.junit.jupiter.api.Test;

class SessionPoliciesTests {

  @Test
  void readOnlyListsAndReadsUnderThePrefixOnly() {
    String policy = SessionPolicies.of(AccessMode.READ_ONLY, "b", "backups/d1/");

    assertThat(policy)
        .contains("\"oss:ListObjects\"", "\"oss:GetObject\"")
        .contains("\"acs:oss:*:*:b/backups/d1/*\"", "\"oss:Prefix\":[\"backups/d1/*\"]")
        .doesNotContain("PutObject", "DeleteObject", "Multipart", "ListParts");
  }

  @Test
  void readWriteAddsWritingMultipartAndDeleteUnderThePrefix() {
    String policy = SessionPolicies.of(AccessMode.READ_WRITE, "b", "backups/d1/");

    assertThat(policy)
        .contains(
            "\"oss:PutObject\"",
            "\"oss:AbortMultipartUpload\"",
            "\"oss:ListParts\"",
            "\"oss:DeleteObject\"",
            "\"oss:ListMultipartUploads\"")
        .doesNotContain("acs:oss:*:*:b/*\"", "\"oss:*\"");
  }

  @Test
  void theLongestPrefixStaysWithinTheStsPolicyLimit() {
    String prefix = "p".repeat(255) + "/";
    String bucket = "b".repeat(63);
    assertThat(SessionPolicies.of(AccessMode.READ_WRITE, bucket, prefix).getBytes().length)
        .isLessThanOrEqualTo(2048);
  }
}
