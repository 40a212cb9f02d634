package io.storageintegrations.producer.materials;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.MessageCodec;
import org.junit.jupiter.api.Test;

class PolicyDocumentsTests {

  @Test
  void readOnlyPolicyGrantsNoWrite() {
    String policy =
        MessageCodec.toJsonString(PolicyDocuments.ramPolicy("b1", AccessMode.READ_ONLY));
    assertThat(policy)
        .isEqualTo(
            "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                + "[\"oss:GetBucketLocation\",\"oss:ListObjects\",\"oss:GetObject\"],"
                + "\"Resource\":[\"acs:oss:*:*:b1\",\"acs:oss:*:*:b1/*\"]}]}");
  }

  @Test
  void readWriteAddsPutObjectOnly() {
    assertThat(PolicyDocuments.actions(AccessMode.READ_WRITE))
        .containsExactly(
            "oss:GetBucketLocation", "oss:ListObjects", "oss:GetObject", "oss:PutObject");
  }

  @Test
  void trustPolicyNamesThePrincipalAndRequiresTheExternalId() {
    String trust =
        MessageCodec.toJsonString(PolicyDocuments.trustPolicy("acs:ram::1:role/p", "si-ext-abc"));
    assertThat(trust)
        .contains("\"Action\":\"sts:AssumeRole\"")
        .contains("\"Principal\":{\"RAM\":[\"acs:ram::1:role/p\"]}")
        .contains("\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"si-ext-abc\"}}");
  }
}
