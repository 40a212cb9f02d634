package io.storageintegrations.emulator;

import static io.storageintegrations.emulator.StsErrors.assertCode;
import static io.storageintegrations.emulator.StsErrors.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityResponse;
import io.storageintegrations.emulator.fault.FaultSpec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@WithCloudEmulator
class StsAssumeRoleIT {

  private final CloudEmulator emulator;
  private final Clients clients;

  StsAssumeRoleIT(CloudEmulator emulator) {
    this.emulator = emulator;
    this.clients = new Clients(emulator);
  }

  private DefaultAcsClient validator() {
    return clients.sts(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET);
  }

  @Test
  void issuesExpiringStsCredentialsWithTheRoleSessionArn() throws Exception {
    AssumeRoleResponse response =
        validator()
            .getAcsResponse(clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID));
    assertThat(response.getRequestId()).isNotBlank();
    assertThat(response.getAssumedRoleUser().getArn())
        .isEqualTo("acs:ram::2000000000000001:role/si-rw/si-validate-1");
    assertThat(response.getAssumedRoleUser().getAssumedRoleId()).endsWith(":si-validate-1");
    AssumeRoleResponse.Credentials creds = response.getCredentials();
    assertThat(creds.getAccessKeyId()).startsWith("STS.");
    assertThat(creds.getSecurityToken()).startsWith("CAIS");
    assertThat(creds.getAccessKeySecret()).isNotBlank();
    Instant expiration = Instant.parse(creds.getExpiration());
    assertThat(Duration.between(Instant.now(), expiration))
        .isBetween(Duration.ofSeconds(880), Duration.ofSeconds(901));
  }

  @Test
  void answersInXmlWhenAsked() throws Exception {
    AssumeRoleRequest request = clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    request.setSysAcceptFormat(FormatType.XML);
    assertThat(validator().getAcsResponse(request).getCredentials().getAccessKeyId())
        .startsWith("STS.");
  }

  @Test
  void rejectsMalformedParameters() {
    assertCode(
        () -> validator().getAcsResponse(clients.assumeRequest("acs:ram::role", null)),
        "InvalidParameter.RoleArn");
    AssumeRoleRequest badSession =
        clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    badSession.setRoleSessionName("no spaces allowed");
    assertCode(() -> validator().getAcsResponse(badSession), "InvalidParameter.RoleSessionName");
    AssumeRoleRequest tooShort = clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    tooShort.setDurationSeconds(899L);
    assertCode(() -> validator().getAcsResponse(tooShort), "InvalidParameter.DurationSeconds");
    AssumeRoleRequest badPolicy =
        clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    badPolicy.setPolicy("{\"Statement\":[{\"Effect\":\"Maybe\"}]}");
    assertCode(() -> validator().getAcsResponse(badPolicy), "InvalidParameter.PolicyGrammar");
    AssumeRoleRequest hugePolicy =
        clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    hugePolicy.setPolicy("{\"Version\":\"1\",\"Statement\":[]}" + " ".repeat(2100));
    assertCode(() -> validator().getAcsResponse(hugePolicy), "InvalidParameter.PolicySize");
  }

  @Test
  void durationIsBoundedByTheRolesMaximumSession() throws Exception {
    AssumeRoleRequest longer = clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    longer.setDurationSeconds(3601L);
    ClientException e = failure(() -> validator().getAcsResponse(longer));
    assertThat(e.getErrCode()).isEqualTo("InvalidParameter.DurationSeconds");
    assertThat(e.getErrMsg()).contains("15min/1hr");
    AssumeRoleRequest globex =
        clients.assumeRequest(
            "acs:ram::2000000000000002:role/si-rw", "si-ext-globex-rw-8d5a2c9e0f3b7146");
    globex.setDurationSeconds(7200L);
    assertThat(validator().getAcsResponse(globex).getCredentials()).isNotNull();
  }

  @Test
  void unknownAndDisabledKeysAreRejected() {
    assertCode(
        () ->
            clients
                .sts("LTAI5tNoSuchKey000000001", "x")
                .getAcsResponse(clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID)),
        "InvalidAccessKeyId.NotFound");
    assertCode(
        () ->
            clients
                .sts(Demo.DISABLED_KEY, Demo.DISABLED_SECRET)
                .getAcsResponse(clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID)),
        "InvalidAccessKeyId.Inactive");
  }

  @Test
  void aWrongSecretIsReportedAsSignatureMismatchWhichTheSdkNamesInvalidSecret() {
    ClientException e =
        failure(
            () ->
                clients
                    .sts(Demo.VALIDATOR_KEY, "wrong-secret")
                    .getAcsResponse(
                        clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID)));
    // The server says SignatureDoesNotMatch with its string to sign; the SDK recognises its own.
    assertThat(e.getErrCode()).isEqualTo("SDK.InvalidAccessKeySecret");
    assertThat(emulator.counters().count("sts:AssumeRole", "SignatureDoesNotMatch")).isEqualTo(1);
  }

  @Test
  void noPermissionWhenTheCallerLacksStsAssumeRole() {
    assertCode(
        () ->
            clients
                .sts(Demo.NO_STS_KEY, Demo.NO_STS_SECRET)
                .getAcsResponse(clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID)),
        "NoPermission");
  }

  @Test
  void rootAccountsMayNotAssumeRoles() {
    ClientException e =
        failure(
            () ->
                clients
                    .sts(Demo.PLATFORM_ROOT_KEY, Demo.PLATFORM_ROOT_SECRET)
                    .getAcsResponse(
                        clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID)));
    assertThat(e.getErrCode()).isEqualTo("NoPermission");
    assertThat(e.getErrMsg()).contains("root accounts");
  }

  @Test
  void noPermissionWhenTheRoleDoesNotTrustThePlatform() {
    ClientException e =
        failure(
            () ->
                clients.assume(
                    Demo.acmeRole("si-untrusted"), "si-ext-acme-untrusted-7e0d4b9c2a6f13"));
    assertThat(e.getErrCode()).isEqualTo("NoPermission");
    assertThat(e.getErrMsg()).contains("does not trust you");
  }

  @Test
  void externalIdConditionMustBeMet() throws Exception {
    assertCode(() -> clients.assume(Demo.acmeRole("si-rw"), null), "NoPermission");
    assertCode(
        () -> clients.assume(Demo.acmeRole("si-rw"), "si-ext-wrong-000000000000"), "NoPermission");
    assertCode(
        () -> clients.assume(Demo.acmeRole("si-extid-mismatch"), Demo.RW_EXTERNAL_ID),
        "NoPermission");
    assertThat(clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID)).isNotNull();
  }

  @Test
  void aTrustPolicyWithoutConditionAdmitsAnyExternalIdOrNone() throws Exception {
    assertThat(clients.assume(Demo.acmeRole("si-no-extid"), null)).isNotNull();
    assertThat(clients.assume(Demo.acmeRole("si-no-extid"), "anything-goes")).isNotNull();
  }

  @Test
  void missingRolesAndUserArnsAreEntityNotExist() {
    assertCode(
        () -> clients.assume(Demo.acmeRole("si-missing"), Demo.RW_EXTERNAL_ID),
        "EntityNotExist.Role");
    assertCode(
        () -> clients.assume("acs:ram::2000000000000001:user/alice", Demo.RW_EXTERNAL_ID),
        "EntityNotExist.Role");
  }

  @Test
  void throttlesAnAccountAboveItsRate() {
    emulator.state().settings(emulator.state().settings().withAssumeRoleRatePerSecond(2));
    try {
      int throttled = 0;
      for (int i = 0; i < 6; i++) {
        try {
          clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
        } catch (ClientException e) {
          assertThat(e.getErrCode()).isEqualTo("Throttling.User");
          throttled++;
        }
      }
      assertThat(throttled).isGreaterThanOrEqualTo(2);
      assertThat(emulator.counters().count("sts:AssumeRole", "Throttling.User"))
          .isEqualTo(throttled);
    } finally {
      emulator.state().settings(emulator.state().settings().withAssumeRoleRatePerSecond(100));
    }
  }

  @Test
  void internalErrorsAreServerExceptions() {
    emulator.faults().set("sts:AssumeRole", FaultSpec.error(1, "InternalError", 500));
    ClientException e = failure(() -> clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID));
    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.getErrCode()).isEqualTo("InternalError");
  }

  @Test
  void aSkewedTimestampIsRejected() {
    emulator.clock().advance(Duration.ofMinutes(16));
    assertCode(
        () -> clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID),
        "InvalidTimeStamp.Expired");
  }

  @Test
  void expiredStsCredentialsCannotCallSts() throws Exception {
    AssumeRoleResponse.Credentials creds =
        clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    emulator.clock().advance(Duration.ofSeconds(901));
    emulator.state().settings(withSkew(Duration.ofHours(1)));
    try {
      GetCallerIdentityRequest who = new GetCallerIdentityRequest();
      who.setSysEndpoint(emulator.stsEndpoint());
      who.setSysProtocol(com.aliyuncs.http.ProtocolType.HTTP);
      DefaultAcsClient client =
          new DefaultAcsClient(
              com.aliyuncs.profile.DefaultProfile.getProfile("cn-hangzhou"),
              new com.aliyuncs.auth.BasicSessionCredentials(
                  creds.getAccessKeyId(), creds.getAccessKeySecret(), creds.getSecurityToken()));
      assertCode(() -> client.getAcsResponse(who), "InvalidSecurityToken.Expired");
    } finally {
      emulator.state().settings(withSkew(Duration.ofMinutes(15)));
    }
  }

  @Test
  void getCallerIdentityNamesTheRamUser() throws Exception {
    GetCallerIdentityRequest who = new GetCallerIdentityRequest();
    who.setSysEndpoint(emulator.stsEndpoint());
    who.setSysProtocol(com.aliyuncs.http.ProtocolType.HTTP);
    GetCallerIdentityResponse response = validator().getAcsResponse(who);
    assertThat(response.getAccountId()).isEqualTo(Demo.PLATFORM);
    assertThat(response.getArn()).isEqualTo("acs:ram::1000000000000001:user/validator");
  }

  private io.storageintegrations.emulator.state.EmulatorSettings withSkew(Duration skew) {
    var s = emulator.state().settings();
    return new io.storageintegrations.emulator.state.EmulatorSettings(
        s.assumeRoleRatePerSecond(),
        skew,
        s.maxObjectBytes(),
        s.maxTotalBytes(),
        s.maxSessions(),
        s.defaultRegion());
  }
}
