package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The admin HTTP API changes what the real SDKs see. */
@WithCloudEmulator
class AdminApiIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private final CloudEmulator emulator;
  private final Clients clients;

  AdminApiIT(CloudEmulator emulator) {
    this.emulator = emulator;
    this.clients = new Clients(emulator);
  }

  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.adminUrl() + path));
    if (method.equals("PUT") || method.equals("POST")) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void describesItselfAndTheStateWithoutSecrets() throws Exception {
    assertThat(call("GET", "", null).body()).contains("/_admin/faults/{operation}");
    HttpResponse<String> state = call("GET", "/state", null);
    assertThat(state.statusCode()).isEqualTo(200);
    assertThat(state.body())
        .contains("acme-exports")
        .contains("LTAI5tPlatformValidator01")
        .doesNotContain(Demo.VALIDATOR_SECRET);
    assertThat(call("GET", "/nope", null).statusCode()).isEqualTo(404);
  }

  @Test
  void faultsAndCountersOverHttp() throws Exception {
    HttpResponse<String> put =
        call(
            "PUT",
            "/faults/sts:AssumeRole",
            "{\"errorRate\":1,\"errorCode\":\"ServiceUnavailable\",\"errorStatus\":503}");
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(
            StsErrors.failure(() -> clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID))
                .getErrCode())
        .isEqualTo("ServiceUnavailable");
    assertThat(call("GET", "/counters", null).body())
        .contains("\"sts:AssumeRole\":{\"ServiceUnavailable\":1}");
    assertThat(call("DELETE", "/faults", null).statusCode()).isEqualTo(200);
    assertThat(clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID)).isNotNull();
    assertThat(call("PUT", "/faults/oss:GetObject", "{\"errorRate\":2}").statusCode())
        .isEqualTo(400);
    call("DELETE", "/counters", null);
    assertThat(emulator.counters().snapshot()).isEmpty();
  }

  @Test
  void policiesAndAttachmentsChangeAtRunTime() throws Exception {
    OSS oss =
        clients.oss(
            clients.assume(Demo.acmeRole("si-ro"), Demo.RO_EXTERNAL_ID),
            SignVersion.V4,
            "cn-hangzhou");
    try {
      assertThat(oss.listObjects("acme-readonly").getObjectSummaries()).isNotEmpty();
      call("DELETE", "/accounts/" + Demo.ACME + "/roles/si-ro/policies/acme-readonly-ro", null);
      assertThat(OssErrors.failure(() -> oss.listObjects("acme-readonly")).getErrorCode())
          .isEqualTo("AccessDenied");
      HttpResponse<String> policy =
          call(
              "PUT",
              "/accounts/" + Demo.ACME + "/policies/list-only",
              "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:List*\",\"Resource\":\"*\"}]}");
      assertThat(policy.statusCode()).isEqualTo(200);
      call("PUT", "/accounts/" + Demo.ACME + "/roles/si-ro/policies/list-only", null);
      assertThat(oss.listObjects("acme-readonly").getObjectSummaries()).isNotEmpty();
      assertThat(
              call("PUT", "/accounts/" + Demo.ACME + "/roles/si-ro/policies/no-such", null)
                  .statusCode())
          .isEqualTo(400);
    } finally {
      oss.shutdown();
      call("PUT", "/accounts/" + Demo.ACME + "/roles/si-ro/policies/acme-readonly-ro", null);
    }
  }

  @Test
  void rolesKeysBucketsAndTrustChangeAtRunTime() throws Exception {
    call(
        "PUT",
        "/accounts/" + Demo.ACME + "/roles/si-temp",
        "{\"trust\":{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"RAM\":\"acs:ram::1000000000000001:root\"}}]},\"policies\":[\"AliyunOSSReadOnlyAccess\"]}");
    assertThat(clients.assume(Demo.acmeRole("si-temp"), null)).isNotNull();
    call(
        "PUT",
        "/accounts/" + Demo.ACME + "/roles/si-temp/trust",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"sts:AssumeRole\",\"Principal\":\"*\"}]}");
    assertThat(StsErrors.failure(() -> clients.assume(Demo.acmeRole("si-temp"), null)).getErrCode())
        .isEqualTo("NoPermission");
    call("DELETE", "/accounts/" + Demo.ACME + "/roles/si-temp", null);
    assertThat(StsErrors.failure(() -> clients.assume(Demo.acmeRole("si-temp"), null)).getErrCode())
        .isEqualTo("EntityNotExist.Role");

    call("PUT", "/keys/" + Demo.VALIDATOR_KEY, "{\"status\":\"Inactive\"}");
    assertThat(
            StsErrors.failure(() -> clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID))
                .getErrCode())
        .isEqualTo("InvalidAccessKeyId.Inactive");
    call("PUT", "/keys/" + Demo.VALIDATOR_KEY, "{\"status\":\"Active\"}");

    call(
        "PUT",
        "/buckets/acme-admin-made",
        "{\"owner\":\"" + Demo.ACME + "\",\"region\":\"cn-qingdao\"}");
    OSS root =
        clients.oss(Demo.ACME_ROOT_KEY, Demo.ACME_ROOT_SECRET, null, SignVersion.V1, "cn-hangzhou");
    try {
      assertThat(root.getBucketLocation("acme-admin-made")).isEqualTo("oss-cn-qingdao");
      root.putObject(
          "acme-admin-made", "k.txt", new java.io.ByteArrayInputStream(new byte[] {1, 2}));
      assertThat(call("GET", "/buckets/acme-admin-made/objects", null).body())
          .contains("\"key\":\"k.txt\"")
          .contains("\"size\":2");
      call("DELETE", "/buckets/acme-admin-made", null);
      assertThat(OssErrors.failure(() -> root.getBucketLocation("acme-admin-made")).getErrorCode())
          .isEqualTo("NoSuchBucket");
    } finally {
      root.shutdown();
    }
  }

  @Test
  void theAdminApiAnswersLoopbackCallersOnly() throws Exception {
    java.net.InetAddress external = null;
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (var address : java.util.Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress()
            && address instanceof java.net.Inet4Address
            && nic.isUp()) {
          external = address;
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "no non-loopback IPv4 address");
    try (CloudEmulator open = CloudEmulator.builder().host("0.0.0.0").start()) {
      String base = "http://" + external.getHostAddress() + ":" + open.port() + "/_admin/state";
      HttpResponse<String> remote =
          http.send(
              HttpRequest.newBuilder(URI.create(base)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(remote.statusCode()).isEqualTo(403);
      HttpResponse<String> local =
          http.send(
              HttpRequest.newBuilder(URI.create(open.adminUrl() + "/state")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(local.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void seedsMergeAndTheClockMoves() throws Exception {
    HttpResponse<String> seeded =
        call(
            "POST",
            "/seed",
            "accounts:\n  - id: \"2000000000000009\"\n    name: initech\n    buckets:\n      - name: initech-data\n        region: cn-shenzhen\n");
    assertThat(seeded.statusCode()).isEqualTo(200);
    assertThat(emulator.state().bucket("initech-data").region()).isEqualTo("cn-shenzhen");
    HttpResponse<String> bad = call("POST", "/seed", "accounts:\n  - id: x1\n");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("accounts[0].id");

    call("PUT", "/clock", "{\"advanceSeconds\":3600}");
    assertThat(emulator.clock().now()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
    call("PUT", "/clock", "{\"now\":\"2030-01-01T00:00:00Z\"}");
    assertThat(call("GET", "/clock", null).body()).contains("2030-01-01T00:00");
    call("PUT", "/clock", "{\"reset\":true}");
    assertThat(emulator.clock().offset()).isLessThan(Duration.ofSeconds(1));
    assertThat(call("PUT", "/settings", "{\"assumeRoleRatePerSecond\":250}").body())
        .contains("\"assumeRoleRatePerSecond\":250");
    call("PUT", "/settings", "{\"assumeRoleRatePerSecond\":100}");
  }
}
