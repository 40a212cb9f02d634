package io.storageintegrations.worker.cloud;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.policy.retry.RetryPolicy;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityRequest;
import com.aliyuncs.sts.model.v20150401.GetCallerIdentityResponse;
import io.storageintegrations.worker.config.PlatformProperties;
import io.storageintegrations.worker.config.Scheme;
import io.storageintegrations.worker.config.StsProperties;

/**
 * AssumeRole through one shared {@link DefaultAcsClient} (its Apache HTTP client is a JVM-wide
 * singleton with one connection pool). The SDK's retry policy is none: {@link CloudCalls} is the
 * only retrying layer. Timeouts are set per request and capped by the validation's deadline.
 */
public final class StsGateway implements AutoCloseable {

  static {
    XmlHardening.install(); // the core SDK parses XML answers with the JAXP default parser
  }

  private final DefaultAcsClient client;
  private final StsProperties properties;

  public StsGateway(StsProperties properties, PlatformProperties platform) {
    this.properties = properties;
    DefaultProfile profile =
        DefaultProfile.getProfile(properties.regionId(), platform.accessKeyId(), platform.secret());
    HttpClientConfig http = HttpClientConfig.getDefault();
    http.setMaxRequests(properties.maxConnections());
    http.setMaxRequestsPerHost(properties.maxConnections());
    http.setMaxIdleConnections(properties.maxConnections());
    http.setConnectionTimeoutMillis(properties.connectTimeout().toMillis());
    http.setReadTimeoutMillis(properties.readTimeout().toMillis());
    // A pooled connection must be found quickly too, or the call counts as a timeout.
    http.setWriteTimeoutMillis(properties.connectTimeout().toMillis());
    profile.setHttpClientConfig(http);
    this.client = new DefaultAcsClient(profile);
    this.client.setSysRetryPolicy(RetryPolicy.none());
  }

  /**
   * One AssumeRole attempt.
   *
   * @param externalId null for the negative test that the role demands one
   */
  public TemporaryCredentials assumeRole(
      CloudOperation operation,
      String roleArn,
      String sessionName,
      String externalId,
      Deadline deadline) {
    AssumeRoleRequest request =
        request(roleArn, sessionName, externalId, properties.durationSeconds(), deadline);
    try {
      AssumeRoleResponse.Credentials issued = client.getAcsResponse(request).getCredentials();
      return new TemporaryCredentials(
          issued.getAccessKeyId(), issued.getAccessKeySecret(), issued.getSecurityToken());
    } catch (ClientException | RuntimeException e) {
      throw CloudErrors.translate(operation, e);
    }
  }

  /**
   * One AssumeRole attempt for a job (credential vending): the session policy narrows what the
   * role's credentials may do; the answer carries their expiry.
   */
  public ScopedCredentials assumeRoleScoped(
      String roleArn,
      String sessionName,
      String externalId,
      String sessionPolicy,
      long durationSeconds,
      Deadline deadline) {
    AssumeRoleRequest request =
        request(roleArn, sessionName, externalId, durationSeconds, deadline);
    request.setPolicy(sessionPolicy);
    try {
      AssumeRoleResponse.Credentials issued = client.getAcsResponse(request).getCredentials();
      return new ScopedCredentials(
          new TemporaryCredentials(
              issued.getAccessKeyId(), issued.getAccessKeySecret(), issued.getSecurityToken()),
          java.time.Instant.parse(issued.getExpiration()));
    } catch (ClientException | RuntimeException e) {
      throw CloudErrors.translate(CloudOperation.ASSUME_ROLE, e);
    }
  }

  private AssumeRoleRequest request(
      String roleArn,
      String sessionName,
      String externalId,
      long durationSeconds,
      Deadline deadline) {
    AssumeRoleRequest request = new AssumeRoleRequest();
    request.setSysEndpoint(properties.endpoint());
    request.setSysProtocol(
        properties.scheme() == Scheme.HTTP ? ProtocolType.HTTP : ProtocolType.HTTPS);
    request.setSysAcceptFormat(FormatType.JSON);
    request.setSysConnectTimeout(deadline.capMillis(properties.connectTimeout()));
    request.setSysReadTimeout(deadline.capMillis(properties.readTimeout()));
    request.setRoleArn(roleArn);
    request.setRoleSessionName(sessionName);
    request.setDurationSeconds(durationSeconds);
    if (externalId != null) {
      request.setExternalId(externalId);
    }
    return request;
  }

  /** Who the platform's own key is (one attempt; no retry, no quota). */
  public CallerIdentity callerIdentity() {
    GetCallerIdentityRequest request = new GetCallerIdentityRequest();
    request.setSysEndpoint(properties.endpoint());
    request.setSysProtocol(
        properties.scheme() == Scheme.HTTP ? ProtocolType.HTTP : ProtocolType.HTTPS);
    request.setSysAcceptFormat(FormatType.JSON);
    request.setSysConnectTimeout((int) properties.connectTimeout().toMillis());
    request.setSysReadTimeout((int) properties.readTimeout().toMillis());
    try {
      GetCallerIdentityResponse identity = client.getAcsResponse(request);
      return new CallerIdentity(
          identity.getAccountId(), identity.getArn(), identity.getIdentityType());
    } catch (ClientException | RuntimeException e) {
      throw CloudErrors.translate(CloudOperation.GET_CALLER_IDENTITY, e);
    }
  }

  /**
   * STS's answer to GetCallerIdentity; {@code identityType} is Account, RAMUser or AssumedRoleUser.
   */
  public record CallerIdentity(String accountId, String arn, String identityType) {}

  /** A session name derived from the integration, within STS's 2-32 character alphabet. */
  public static String sessionName(String integrationId) {
    String cleaned = integrationId == null ? "" : integrationId.replaceAll("[^A-Za-z0-9]", "");
    String name = "si-" + cleaned;
    return name.length() > 32 ? name.substring(0, 32) : name;
  }

  @Override
  public void close() {
    client.shutdown();
  }
}
