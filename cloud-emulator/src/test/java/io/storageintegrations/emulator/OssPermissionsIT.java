package io.storageintegrations.emulator;

import static io.storageintegrations.emulator.OssErrors.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo customers' roles through STS and OSS, as the worker's probes will see them. */
@WithCloudEmulator
class OssPermissionsIT {

  private final CloudEmulator emulator;
  private final Clients clients;
  private final List<OSS> opened = new ArrayList<>();

  OssPermissionsIT(CloudEmulator emulator) {
    this.emulator = emulator;
    this.clients = new Clients(emulator);
  }

  @AfterEach
  void close() {
    opened.forEach(OSS::shutdown);
  }

  private OSS as(String role, String externalId, SignVersion version) throws Exception {
    OSS oss = clients.oss(clients.assume(Demo.acmeRole(role), externalId), version, "cn-hangzhou");
    opened.add(oss);
    return oss;
  }

  private static ByteArrayInputStream bytes() {
    return new ByteArrayInputStream(new byte[] {1, 2, 3});
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void readOnlyRoleCanListAndReadButNotWrite(SignVersion version) throws Exception {
    OSS oss = as("si-ro", Demo.RO_EXTERNAL_ID, version);
    assertThat(oss.getBucketLocation("acme-readonly")).isEqualTo("oss-cn-hangzhou");
    assertThat(oss.listObjects("acme-readonly").getObjectSummaries()).hasSize(1);
    assertThat(oss.getObject("acme-readonly", "data/readme.txt").getObjectContent().readAllBytes())
        .isNotEmpty();
    assertCode(() -> oss.getObject("acme-readonly", "no/such/key"), "NoSuchKey");
    OSSException denied =
        assertCode(() -> oss.putObject("acme-readonly", "x", bytes()), "AccessDenied");
    assertThat(denied.getRawResponseError()).contains("<EC>").contains("<HostId>");
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void eachMissingPermissionIsDeniedAlone(SignVersion version) throws Exception {
    String ext = Demo.PARTIAL_EXTERNAL_ID;
    OSS noList = as("si-no-list", ext, version);
    assertCode(
        () -> noList.listObjects(new ListObjectsRequest("acme-partial").withMaxKeys(1)),
        "AccessDenied");
    noList.putObject("acme-partial", "probe/a", bytes());

    OSS noPut = as("si-no-put", ext, version);
    assertCode(() -> noPut.putObject("acme-partial", "probe/b", bytes()), "AccessDenied");
    assertThat(noPut.listObjects("acme-partial").getObjectSummaries()).isNotEmpty();

    OSS noGet = as("si-no-get", ext, version);
    assertCode(() -> noGet.getObject("acme-partial", "probe/a"), "AccessDenied");
    // Without GetObject a missing key is AccessDenied too, not NoSuchKey: RAM comes first.
    assertCode(() -> noGet.getObject("acme-partial", "probe/none"), "AccessDenied");

    OSS noLocation = as("si-no-location", ext, version);
    assertCode(() -> noLocation.getBucketLocation("acme-partial"), "AccessDenied");
    assertThat(noLocation.getObject("acme-partial", "probe/a").getObjectContent().readAllBytes())
        .hasSize(3);
  }

  @Test
  void anExplicitDenyBeatsTheAllow() throws Exception {
    OSS oss = as("si-deny", "si-ext-acme-deny-2b8f6c0a4e1d7395", SignVersion.V4);
    assertCode(() -> oss.putObject("acme-denied", "x", bytes()), "AccessDenied");
    assertThat(oss.listObjects("acme-denied").getObjectSummaries()).isEmpty();
  }

  @Test
  void aMissingBucketIsNoSuchBucketEvenWhenThePolicyNamesIt() throws Exception {
    OSS oss = as("si-missing-bucket", "si-ext-acme-gone-4a1f8e3c6b0d2975", SignVersion.V4);
    OSSException e = assertCode(() -> oss.getBucketLocation("acme-gone"), "NoSuchBucket");
    assertThat(e.getErrorMessage()).isEqualTo("The specified bucket does not exist.");
  }

  @Test
  void wrongRegionShowsInTheLocationAndV4DataCallsAreRedirected() throws Exception {
    OSS oss = as("si-wrong-region", "si-ext-acme-region-5d3b9f0e1a7c2486", SignVersion.V4);
    assertThat(oss.getBucketLocation("acme-beijing")).isEqualTo("oss-cn-beijing");
    OSSException e = assertCode(() -> oss.listObjects("acme-beijing"), "AccessDenied");
    assertThat(e.getErrorMessage()).contains("must be addressed using the specified endpoint");
    assertThat(e.getRawResponseError())
        .contains("<Endpoint>oss-cn-beijing.aliyuncs.com</Endpoint>");
  }

  @Test
  void anotherAccountsBucketDoesNotBelongToYou() throws Exception {
    OSS oss = as("si-rw", Demo.RW_EXTERNAL_ID, SignVersion.V1);
    OSSException e = assertCode(() -> oss.listObjects("globex-backups"), "AccessDenied");
    assertThat(e.getErrorMessage()).contains("does not belong to you");
  }

  @Test
  void aSessionPolicyNarrowsTheRole() throws Exception {
    AssumeRoleRequest request = clients.assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    request.setPolicy(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:Get*\",\"Resource\":\"*\"}]}");
    AssumeRoleResponse.Credentials creds =
        clients
            .sts(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET)
            .getAcsResponse(request)
            .getCredentials();
    OSS oss = clients.oss(creds, SignVersion.V4, "cn-hangzhou");
    opened.add(oss);
    assertThat(oss.getBucketLocation("acme-exports")).isEqualTo("oss-cn-hangzhou");
    assertCode(() -> oss.putObject("acme-exports", "x", bytes()), "AccessDenied");
    assertCode(() -> oss.listObjects("acme-exports"), "AccessDenied");
  }

  @Test
  void conditionsOnListPrefixesAreEvaluated() throws Exception {
    emulator
        .state()
        .putPolicy(
            Demo.ACME,
            "exports-prefix-only",
            "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:ListObjects\","
                + "\"Resource\":\"acs:oss:*:*:acme-exports\",\"Condition\":{\"StringLike\":{\"oss:Prefix\":\"exports/*\"}}}]}");
    emulator
        .state()
        .putRole(
            Demo.ACME,
            "si-prefix",
            emulator.state().role(Demo.ACME, "si-no-extid").trustPolicy(),
            3600,
            List.of("exports-prefix-only"));
    OSS oss = as("si-prefix", null, SignVersion.V1);
    assertThat(oss.listObjects("acme-exports", "exports/2024").getObjectSummaries()).isEmpty();
    assertCode(() -> oss.listObjects("acme-exports", "other/"), "AccessDenied");
  }
}
