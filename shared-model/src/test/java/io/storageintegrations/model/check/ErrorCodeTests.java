package io.storageintegrations.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTests {

  static final Map<String, String> VALUES =
      Map.ofEntries(
          Map.entry("bucket", "my-bucket"),
          Map.entry("roleArn", "acs:ram::1234567890123456:role/storage-access"),
          Map.entry("externalId", "si-ext-abc"),
          Map.entry("region", "cn-hangzhou"),
          Map.entry("clusterRegion", "cn-shanghai"),
          Map.entry("actualRegion", "cn-beijing"),
          Map.entry("platformPrincipal", "acs:ram::999:role/platform-validator"),
          Map.entry("action", "oss:GetObjectAcl"),
          Map.entry("resource", "acs:oss:*:*:my-bucket/*"),
          Map.entry("violations", "bucket name 'My_Bucket' must be lower case"),
          Map.entry("object", "storage-integrations-probe/x"),
          Map.entry("cloudCode", "InternalError"),
          Map.entry("attempts", "3"),
          Map.entry("deadline", "PT20S"));

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyCodeHasAClassTemplatesAndRendersWithoutPlaceholdersLeft(ErrorCode code) {
    assertThat(code.errorClass()).isNotNull();
    assertThat(code.messageTemplate()).isNotBlank();
    assertThat(code.remediationTemplate()).isNotBlank();
    assertThat(VALUES.keySet()).containsAll(code.placeholders());

    assertThat(code.message(VALUES)).doesNotContainPattern("\\{[A-Za-z]+}");
    assertThat(code.remediation(VALUES)).doesNotContainPattern("\\{[A-Za-z]+}");
  }

  @Test
  void permissionRemediationsNameTheExactActionAndResource() {
    assertThat(ErrorCode.LIST_DENIED.remediation(VALUES))
        .contains("oss:ListObjects on Resource acs:oss:*:*:my-bucket:")
        .contains("\"Action\":[\"oss:ListObjects\"],\"Resource\":[\"acs:oss:*:*:my-bucket\"]");
    assertThat(ErrorCode.LOCATION_DENIED.remediation(VALUES))
        .contains(
            "\"Action\":[\"oss:GetBucketLocation\"],\"Resource\":[\"acs:oss:*:*:my-bucket\"]");
    assertThat(ErrorCode.WRITE_DENIED.remediation(VALUES))
        .contains("\"Action\":[\"oss:PutObject\"],\"Resource\":[\"acs:oss:*:*:my-bucket/*\"]");
    assertThat(ErrorCode.READ_DENIED.remediation(VALUES))
        .contains("\"Action\":[\"oss:GetObject\"],\"Resource\":[\"acs:oss:*:*:my-bucket/*\"]");
  }

  @Test
  void trustRemediationsGiveTheTrustPolicyStatement() {
    String trust =
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
            + "\"Principal\":{\"RAM\":[\"acs:ram::999:role/platform-validator\"]},"
            + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"si-ext-abc\"}}}]}";

    assertThat(ErrorCode.ROLE_NOT_TRUSTED.remediation(VALUES)).endsWith(trust);
    assertThat(ErrorCode.EXTERNAL_ID_NOT_ENFORCED.remediation(VALUES)).endsWith(trust);
  }

  @Test
  void aMissingValueIsAnErrorNotALeftoverPlaceholder() {
    Map<String, String> values = new HashMap<>(VALUES);
    values.remove("bucket");

    assertThatThrownBy(() -> ErrorCode.BUCKET_NOT_FOUND.remediation(values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BUCKET_NOT_FOUND needs a value for {bucket}");
  }

  @Test
  void valuesAreInsertedLiterally() {
    Map<String, String> values = new HashMap<>(VALUES);
    values.put("bucket", "a$1{region}");

    assertThat(ErrorCode.BUCKET_NOT_FOUND.message(values))
        .isEqualTo("Bucket a$1{region} does not exist.");
  }

  @Test
  void classesFollowTheDesign() {
    assertThat(Arrays.stream(ErrorCode.values()).filter(c -> c.errorClass() == ErrorClass.PLATFORM))
        .allMatch(c -> c.name().startsWith("PLATFORM_"));
    assertThat(ErrorCode.TRANSIENT_RETRIES_EXHAUSTED.errorClass()).isEqualTo(ErrorClass.TRANSIENT);
    assertThat(ErrorCode.DEADLINE_EXCEEDED.errorClass()).isEqualTo(ErrorClass.TRANSIENT);
    assertThat(ErrorCode.ROLE_NOT_TRUSTED.errorClass()).isEqualTo(ErrorClass.CUSTOMER);
  }
}
