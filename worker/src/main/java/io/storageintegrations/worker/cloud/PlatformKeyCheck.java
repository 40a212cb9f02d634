package io.storageintegrations.worker.cloud;

import io.storageintegrations.model.check.ErrorClass;
import io.storageintegrations.worker.config.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks STS at start-up who the platform's key is. A key STS rejects, a root account's key (STS
 * never lets a root account assume a role) or a key of another account than the principal customers
 * are told to trust would fail every validation; such a worker does not start, and the message
 * names the property to fix. An STS that does not answer only warns: it may be back before the
 * first request.
 */
final class PlatformKeyCheck {

  private static final Logger log = LoggerFactory.getLogger(PlatformKeyCheck.class);

  private PlatformKeyCheck() {}

  static void verify(StsGateway sts, PlatformProperties platform) {
    StsGateway.CallerIdentity identity;
    try {
      identity = sts.callerIdentity();
    } catch (CloudCallException e) {
      if (e.errorClass() == ErrorClass.TRANSIENT) {
        log.warn("could not verify the platform key at start-up: STS answered {}", e.code());
        return;
      }
      throw new IllegalStateException(
          "STS rejects the platform key: "
              + e.code()
              + "; check worker.platform.access-key-id and worker.platform.access-key-secret");
    }
    if ("Account".equals(identity.identityType())) {
      throw new IllegalStateException(
          "worker.platform.access-key-id "
              + platform.accessKeyId()
              + " is the root account's key, and STS lets no root account assume a role: use a"
              + " RAM user's key with sts:AssumeRole (AliyunSTSAssumeRoleAccess)");
    }
    String account = platform.principal().split(":")[3];
    if (!account.equals(identity.accountId())) {
      throw new IllegalStateException(
          "worker.platform.principal "
              + platform.principal()
              + " names account "
              + account
              + " but worker.platform.access-key-id belongs to "
              + identity.arn()
              + ": customers would be told to trust an account the worker does not call from");
    }
    log.info("platform key verified: {}", identity.arn());
  }
}
