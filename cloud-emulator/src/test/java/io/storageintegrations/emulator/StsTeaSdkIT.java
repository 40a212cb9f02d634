package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponse;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The current Java STS SDK ({@code com.aliyun:sts20150401}, Darabonba/Tea) against the emulator
 * with both of its signatures: ACS3-HMAC-SHA256 (its default) and RPC HMAC-SHA1 ({@code v2}).
 */
@WithCloudEmulator
class StsTeaSdkIT {

  private static final String DEFAULT = "ACS3-HMAC-SHA256";
  private final CloudEmulator emulator;

  StsTeaSdkIT(CloudEmulator emulator) {
    this.emulator = emulator;
  }

  private Client client(String key, String secret, String algorithm) throws Exception {
    Config config =
        new Config()
            .setAccessKeyId(key)
            .setAccessKeySecret(secret)
            .setEndpoint(emulator.stsEndpoint())
            .setProtocol("http");
    if (!DEFAULT.equals(algorithm)) {
      config.setSignatureAlgorithm(algorithm);
    }
    return new Client(config);
  }

  private static AssumeRoleRequest assume(String externalId) {
    return new AssumeRoleRequest()
        .setRoleArn(Demo.acmeRole("si-rw"))
        .setRoleSessionName("tea-sdk")
        .setDurationSeconds(900L)
        .setExternalId(externalId);
  }

  private static TeaException failure(ThrowingCall call) {
    TeaException e = catchThrowableOfType(TeaException.class, call::run);
    assertThat(e).as("expected the STS call to fail").isNotNull();
    return e;
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT, "v2"})
  void assumesTheRoleWithEitherSignature(String algorithm) throws Exception {
    AssumeRoleResponse response =
        client(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET, algorithm)
            .assumeRole(assume(Demo.RW_EXTERNAL_ID));
    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody().getCredentials().getAccessKeyId()).startsWith("STS.");
    assertThat(response.getBody().getAssumedRoleUser().getArn())
        .isEqualTo(Demo.acmeRole("si-rw") + "/tea-sdk");
    assertThat(emulator.state().session(response.getBody().getCredentials().getAccessKeyId()))
        .isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT, "v2"})
  void getCallerIdentityNamesTheRamUser(String algorithm) throws Exception {
    var identity =
        client(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET, algorithm).getCallerIdentity().getBody();
    assertThat(identity.getAccountId()).isEqualTo(Demo.PLATFORM);
    assertThat(identity.getIdentityType()).isEqualTo("RAMUser");
    assertThat(identity.getArn()).isEqualTo("acs:ram::" + Demo.PLATFORM + ":user/validator");
  }

  @ParameterizedTest
  @ValueSource(strings = {DEFAULT, "v2"})
  void errorsComeBackAsStsErrorsWithTheirStatus(String algorithm) throws Exception {
    TeaException untrusted =
        failure(
            () ->
                client(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET, algorithm)
                    .assumeRole(assume(null)));
    assertThat(untrusted.getCode()).isEqualTo("NoPermission");
    assertThat(untrusted.getStatusCode()).isEqualTo(403);
    assertThat(untrusted.getData()).containsKey("RequestId");

    TeaException unknownKey =
        failure(() -> client("LTAI5tNoSuchKey000000001", "x", algorithm).assumeRole(assume(null)));
    assertThat(unknownKey.getCode()).isEqualTo("InvalidAccessKeyId.NotFound");
    assertThat(unknownKey.getStatusCode()).isEqualTo(404);

    TeaException wrongSecret =
        failure(
            () ->
                client(Demo.VALIDATOR_KEY, "not-the-secret", algorithm)
                    .assumeRole(assume(Demo.RW_EXTERNAL_ID)));
    assertThat(wrongSecret.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(wrongSecret.getStatusCode()).isEqualTo(400);
    assertThat(wrongSecret.getMessage()).doesNotContain("PlatformValidatorSecret");

    TeaException disabled =
        failure(
            () ->
                client(Demo.DISABLED_KEY, Demo.DISABLED_SECRET, algorithm)
                    .assumeRole(assume(Demo.RW_EXTERNAL_ID)));
    assertThat(disabled.getCode()).isEqualTo("InvalidAccessKeyId.Inactive");
  }

  /** An action STS does not have is STS's InvalidAction.NotFound in JSON, never an OSS answer. */
  @ParameterizedTest
  @ValueSource(strings = {DEFAULT, "v2"})
  void unknownActionsAreStsErrors(String algorithm) throws Exception {
    Client client = client(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET, algorithm);
    Params params =
        new Params()
            .setAction("DescribeNothing")
            .setVersion("2015-04-01")
            .setProtocol("HTTP")
            .setPathname("/")
            .setMethod("POST")
            .setAuthType("AK")
            .setStyle("RPC")
            .setReqBodyType("formData")
            .setBodyType("json");
    TeaException e =
        failure(() -> client.callApi(params, new OpenApiRequest(), new RuntimeOptions()));
    assertThat(e.getCode()).isEqualTo("InvalidAction.NotFound");
    assertThat(e.getStatusCode()).isEqualTo(404);
  }
}
