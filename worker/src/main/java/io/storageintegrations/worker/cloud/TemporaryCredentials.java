package io.storageintegrations.worker.cloud;

import com.aliyun.oss.common.auth.Credentials;

/**
 * STS credentials for one validation. They live only in memory for its duration; {@link
 * #toString()} shows the AccessKey ID prefix alone.
 */
public record TemporaryCredentials(String accessKeyId, String accessKeySecret, String securityToken)
    implements Credentials {

  @Override
  public String getAccessKeyId() {
    return accessKeyId;
  }

  @Override
  public String getSecretAccessKey() {
    return accessKeySecret;
  }

  @Override
  public String getSecurityToken() {
    return securityToken;
  }

  @Override
  public boolean useSecurityToken() {
    return true;
  }

  @Override
  public String toString() {
    return "TemporaryCredentials[<redacted>]";
  }
}
