package io.storageintegrations.emulator;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;

/** Real Aliyun SDK clients pointed at an emulator, configured as the worker would. */
final class Clients {

  private final CloudEmulator emulator;

  Clients(CloudEmulator emulator) {
    this.emulator = emulator;
  }

  DefaultAcsClient sts(String key, String secret) {
    return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", key, secret));
  }

  AssumeRoleRequest assumeRequest(String roleArn, String externalId) {
    AssumeRoleRequest request = new AssumeRoleRequest();
    request.setSysEndpoint(emulator.stsEndpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysMethod(MethodType.POST);
    request.setRoleArn(roleArn);
    request.setRoleSessionName("si-validate-1");
    request.setDurationSeconds(900L);
    if (externalId != null) {
      request.setExternalId(externalId);
    }
    return request;
  }

  AssumeRoleResponse.Credentials assume(String roleArn, String externalId) throws ClientException {
    return sts(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET)
        .getAcsResponse(assumeRequest(roleArn, externalId))
        .getCredentials();
  }

  OSS oss(AssumeRoleResponse.Credentials creds, SignVersion version, String region) {
    return oss(
        creds.getAccessKeyId(),
        creds.getAccessKeySecret(),
        creds.getSecurityToken(),
        version,
        region);
  }

  OSS oss(String key, String secret, String token, SignVersion version, String region) {
    ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
    conf.setSignatureVersion(version);
    conf.setMaxErrorRetry(0);
    conf.setSocketTimeout(5_000);
    conf.setConnectionTimeout(2_000);
    return OSSClientBuilder.create()
        .endpoint(emulator.ossEndpoint())
        .credentialsProvider(new DefaultCredentialProvider(key, secret, token))
        .clientConfiguration(conf)
        .region(region)
        .build();
  }
}
