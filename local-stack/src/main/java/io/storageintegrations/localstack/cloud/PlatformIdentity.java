package io.storageintegrations.localstack.cloud;

/**
 * Who the platform is in the emulated cloud: its account (which customers' trust policies name as
 * {@code acs:ram::<account>:root}) and the AccessKey its worker signs AssumeRole with.
 */
public record PlatformIdentity(String accountId, String accessKeyId, String accessKeySecret) {

  public String principalArn() {
    return "acs:ram::" + accountId + ":root";
  }

  @Override
  public String toString() {
    return "PlatformIdentity[" + accountId + ", " + accessKeyId + ", secret=<redacted>]";
  }
}
