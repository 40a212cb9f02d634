package io.storageintegrations.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRulesTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "my-bucket",
        "0bucket9",
        "a-b",
        "a23456789012345678901234567890123456789012345678901234567890123"
      })
  void acceptsOssBucketNames(String bucket) {
    assertThat(FieldRules.bucket(bucket)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "My_Bucket|bucket name 'My_Bucket' must be lower case",
        "my_bucket|bucket name 'my_bucket' may contain only lower-case letters, digits and hyphens",
        "my bucket|bucket name 'my bucket' may contain only lower-case letters, digits and hyphens",
        "ab|bucket name 'ab' must be 3 to 63 characters long (it has 2)",
        "-bucket|bucket name '-bucket' must start and end with a lower-case letter or digit",
        "bucket-|bucket name 'bucket-' must start and end with a lower-case letter or digit",
        "oss://my-bucket/data|bucket 'oss://my-bucket/data' must be a bare bucket name, not a URL: use 'my-bucket'",
        "https://my-bucket.oss-cn-hangzhou.aliyuncs.com|bucket 'https://my-bucket.oss-cn-hangzhou.aliyuncs.com' must be a bare bucket name, not a URL: use 'my-bucket'",
        "my-bucket.oss-cn-hangzhou.aliyuncs.com|bucket 'my-bucket.oss-cn-hangzhou.aliyuncs.com' must be a bare bucket name, not an endpoint: use 'my-bucket'",
        "my-bucket/exports|bucket 'my-bucket/exports' must be a bare bucket name, without a path: use 'my-bucket'",
      })
  void rejectsBadBucketNamesSaying(String bucket, String message) {
    assertThat(FieldRules.bucket(bucket)).contains(new FieldViolation("bucket", message));
  }

  @Test
  void rejectsOverlongBucketNamesAndMissingOnes() {
    assertThat(FieldRules.bucket("a".repeat(64)).map(FieldViolation::message))
        .contains(
            "bucket name '" + "a".repeat(64) + "' must be 3 to 63 characters long (it has 64)");
    assertThat(FieldRules.bucket(" ").map(FieldViolation::message)).contains("bucket is required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cn-hangzhou",
        "oss-cn-hangzhou",
        "ali-cn-hangzhou",
        "eu-central-1",
        " CN-Shanghai "
      })
  void acceptsAllowedRegionsInEverySpelling(String region) {
    assertThat(FieldRules.region("bucketRegion", region)).isEmpty();
  }

  @Test
  void rejectsUnknownRegionsAndEndpoints() {
    assertThat(
            FieldRules.region("bucketRegion", "cn-nowhere")
                .map(FieldViolation::message)
                .orElseThrow())
        .startsWith(
            "bucketRegion 'cn-nowhere' is not a supported region; supported: cn-hangzhou, cn-shanghai");
    assertThat(FieldRules.region("bucketRegion", "oss-cn-beijing-internal.aliyuncs.com"))
        .contains(
            new FieldViolation(
                "bucketRegion",
                "bucketRegion 'oss-cn-beijing-internal.aliyuncs.com' is an endpoint: use the region ID 'cn-beijing'"));
    assertThat(FieldRules.region("clusterRegion", null).map(FieldViolation::message))
        .contains("clusterRegion is required, e.g. cn-hangzhou");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"acs:ram::1234567890123456:role/storage-access", "acs:ram::1:role/A.b_c-d"})
  void acceptsRoleArns(String arn) {
    assertThat(FieldRules.roleArn(arn)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "acs:ram::123:root|roleArn 'acs:ram::123:root' is the whole account, not a role: create a RAM role, acs:ram::123:role/<role-name>",
        "acs:ram::123:user/alice|roleArn 'acs:ram::123:user/alice' is a RAM user, not a role: use a RAM role, acs:ram::123:role/<role-name>",
        "acs:ram::abc:role/x|roleArn 'acs:ram::abc:role/x' must carry the numeric account ID: acs:ram::<account-id>:role/<role-name>",
        "arn:aws:iam::123:role/x|roleArn 'arn:aws:iam::123:role/x' is not an Alibaba Cloud ARN: use acs:ram::<account-id>:role/<role-name>",
        "acs:sts::123:assumed-role/x/s|roleArn 'acs:sts::123:assumed-role/x/s' is an assumed-role session, not a role: use acs:ram::<account-id>:role/<role-name>",
        "storage-access|roleArn 'storage-access' must look like acs:ram::<account-id>:role/<role-name>",
        "acs:ram::123:role/a b|roleArn 'acs:ram::123:role/a b' has an invalid role name: 1 to 64 letters, digits, '.', '-' or '_'",
        "acs:ram::123:group/g|roleArn 'acs:ram::123:group/g' must name a role: acs:ram::123:role/<role-name>",
      })
  void rejectsBadRoleArnsSaying(String arn, String message) {
    assertThat(FieldRules.roleArn(arn)).contains(new FieldViolation("roleArn", message));
  }

  @Test
  void externalIdFollowsWhatStsTakes() {
    assertThat(FieldRules.externalId("ab")).isEmpty();
    assertThat(FieldRules.externalId("a_b+c=d,e.f@g:h/i-j")).isEmpty();
    assertThat(FieldRules.externalId("x".repeat(1224))).isEmpty();
    assertThat(FieldRules.externalId("a").map(FieldViolation::message))
        .contains("externalId must be 2 to 1224 characters long (it has 1)");
    assertThat(FieldRules.externalId("x".repeat(1225)).map(FieldViolation::message))
        .contains("externalId must be 2 to 1224 characters long (it has 1225)");
    assertThat(FieldRules.externalId("abc def").map(FieldViolation::message))
        .contains(
            "externalId contains ' ', which STS does not accept: use letters, digits and _ + = , . @ : / -");
    assertThat(FieldRules.externalId(null).map(FieldViolation::message))
        .contains("externalId is required (the platform mints it)");
  }

  @Test
  void nameAndDescriptionLimits() {
    assertThat(FieldRules.name("exports_2-b")).isEmpty();
    assertThat(FieldRules.name("a".repeat(64))).isEmpty();
    assertThat(FieldRules.name("a".repeat(65)).map(FieldViolation::message))
        .contains("name must be at most 64 characters (it has 65)");
    assertThat(FieldRules.name("1st").map(FieldViolation::message))
        .contains("name '1st' must start with a letter");
    assertThat(FieldRules.name("é").map(FieldViolation::message))
        .contains("name 'é' must start with a letter");
    assertThat(FieldRules.name("my exports").map(FieldViolation::message))
        .contains("name 'my exports' may contain only letters, digits, '_' and '-'");
    assertThat(FieldRules.name("").map(FieldViolation::message)).contains("name is required");
    assertThat(FieldRules.description(null)).isEmpty();
    assertThat(FieldRules.description("d".repeat(256))).isEmpty();
    assertThat(FieldRules.description("d".repeat(257)).map(FieldViolation::message))
        .contains("description must be at most 256 characters (it has 257)");
  }

  @Test
  void checkReturnsEveryViolationInFieldOrder() {
    ValidationRequested request =
        new ValidationRequested(
            "r",
            "i",
            "p",
            1,
            RequestKind.VALIDATE,
            "1x",
            null,
            null,
            "My_Bucket",
            "cn-nowhere",
            "cn-hangzhou",
            "acs:ram::1:root",
            "a",
            Instant.EPOCH);

    assertThat(FieldRules.check(request))
        .extracting(FieldViolation::field)
        .containsExactly("name", "access", "bucket", "bucketRegion", "roleArn", "externalId");
  }

  @Test
  void checkAcceptsAWellFormedRequest() {
    ValidationRequested request =
        new ValidationRequested(
            "r",
            "i",
            "p",
            1,
            RequestKind.CREATE,
            "exports",
            "d",
            AccessMode.READ_ONLY,
            "my-bucket",
            "oss-cn-hangzhou",
            "ali-cn-hangzhou",
            "acs:ram::1:role/r",
            ExternalIds.mint(),
            Instant.EPOCH);

    assertThat(FieldRules.check(request)).isEmpty();
  }

  @Test
  void aDryRunNeedsNoNameButACreateDoesAndAGivenNameMustBeWellFormed() {
    assertThat(FieldRules.check(withName(RequestKind.VALIDATE, null))).isEmpty();
    assertThat(FieldRules.check(withName(RequestKind.VALIDATE, ""))).isEmpty();
    assertThat(FieldRules.check(withName(RequestKind.VALIDATE, "1x")))
        .extracting(FieldViolation::field)
        .containsExactly("name");
    assertThat(FieldRules.check(withName(RequestKind.CREATE, null)))
        .extracting(FieldViolation::message)
        .containsExactly("name is required");
  }

  private static ValidationRequested withName(RequestKind kind, String name) {
    return new ValidationRequested(
        "r",
        "i",
        "p",
        1,
        kind,
        name,
        null,
        AccessMode.READ_ONLY,
        "my-bucket",
        "cn-hangzhou",
        "cn-hangzhou",
        "acs:ram::1:role/r",
        ExternalIds.mint(),
        Instant.EPOCH);
  }
}
