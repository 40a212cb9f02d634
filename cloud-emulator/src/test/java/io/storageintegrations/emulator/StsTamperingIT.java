package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.auth.BasicCredentials;
import com.aliyuncs.auth.Signer;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.regions.ProductDomain;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Requests signed by the real core SDK, then replayed or altered on the wire. */
@WithCloudEmulator
class StsTamperingIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private final CloudEmulator emulator;

  StsTamperingIT(CloudEmulator emulator) {
    this.emulator = emulator;
  }

  private String signedUrl() throws Exception {
    AssumeRoleRequest request =
        new Clients(emulator).assumeRequest(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    BasicCredentials credentials = new BasicCredentials(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET);
    request.signRequest(
        Signer.getSigner(credentials),
        credentials,
        FormatType.JSON,
        new ProductDomain("Sts", emulator.stsEndpoint()));
    return request.getSysUrl();
  }

  private HttpResponse<String> post(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSignedRequestSucceedsOnceAndItsReplayIsRejected() throws Exception {
    String url = signedUrl();
    HttpResponse<String> first = post(url);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"AccessKeyId\":\"STS.");
    HttpResponse<String> replay = post(url);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("\"Code\":\"SignatureNonceUsed\"");
  }

  @Test
  void anAlteredParameterBreaksTheSignature() throws Exception {
    String url =
        signedUrl().replace("RoleSessionName=si-validate-1", "RoleSessionName=si-validate-2");
    HttpResponse<String> response = post(url);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"Code\":\"SignatureDoesNotMatch\"")
        .contains("\"RequestId\":")
        .contains("\"HostId\":\"sts.aliyuncs.com\"")
        .contains("\"Recommend\":")
        .contains("server string to sign is:POST&%2F&");
  }

  @Test
  void stsCallersNeedTheirOwnSecurityToken() throws Exception {
    var creds = new Clients(emulator).assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest who =
        new com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest();
    who.setSysEndpoint(emulator.stsEndpoint());
    who.setSysProtocol(com.aliyuncs.http.ProtocolType.HTTP);
    com.aliyuncs.auth.BasicSessionCredentials session =
        new com.aliyuncs.auth.BasicSessionCredentials(
            creds.getAccessKeyId(), creds.getAccessKeySecret(), creds.getSecurityToken());
    who.signRequest(
        Signer.getSigner(session),
        session,
        FormatType.JSON,
        new ProductDomain("Sts", emulator.stsEndpoint()));
    String url = who.getSysUrl();
    assertThat(url).contains("SecurityToken=");
    HttpResponse<String> withoutToken = post(url.replaceAll("&?SecurityToken=[^&]*", ""));
    assertThat(withoutToken.body()).contains("\"Code\":\"MissingSecurityToken\"");
    HttpResponse<String> otherToken =
        post(url.replaceAll("SecurityToken=[^&]*", "SecurityToken=CAISforged"));
    assertThat(otherToken.body())
        .contains("\"Code\":\"InvalidSecurityToken.MismatchWithAccessKey\"");
    HttpResponse<String> genuine = post(url);
    assertThat(genuine.statusCode()).isEqualTo(200);
    assertThat(genuine.body()).contains("\"IdentityType\":\"AssumedRoleUser\"");
  }

  @Test
  void missingSignatureAndWrongVersionAreRejected() throws Exception {
    String url = signedUrl();
    HttpResponse<String> unsigned = post(url.replaceAll("&?Signature=[^&]*", ""));
    assertThat(unsigned.statusCode()).isEqualTo(400);
    assertThat(unsigned.body()).contains("\"Code\":\"MissingParameter\"");
    HttpResponse<String> version =
        post(signedUrl().replace("Version=2015-04-01", "Version=2099-01-01"));
    assertThat(version.body()).contains("\"Code\":\"InvalidVersion\"");
  }
}
