package io.storageintegrations.localstack.cloud;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.ram.PolicyParser;
import io.storageintegrations.emulator.state.AccessKey;
import io.storageintegrations.emulator.state.Account;
import io.storageintegrations.emulator.state.KeyStatus;
import io.storageintegrations.localstack.Console;
import io.storageintegrations.localstack.demo.CustomerCloud;
import java.util.List;

/**
 * The cloud emulator in this JVM, seeded with the demo seed: the platform account whose RAM user
 * {@code validator} the worker signs as, and the customer account {@code acme} the demo sets up
 * buckets and roles in, as a customer following the generated materials would.
 */
public final class LocalCloud implements CustomerCloud, AutoCloseable, Console.Detailed {

  private static final String PLATFORM_ACCOUNT_NAME = "platform";
  private static final String PLATFORM_USER = "validator";
  private static final String CUSTOMER_ACCOUNT_NAME = "acme";
  private static final int MAX_SESSION_SECONDS = 3600;

  private final CloudEmulator emulator;
  private final PlatformIdentity platform;
  private final String customerAccountId;

  private LocalCloud(CloudEmulator emulator) {
    this.emulator = emulator;
    this.platform = platformIdentity(emulator);
    this.customerAccountId = accountId(emulator, CUSTOMER_ACCOUNT_NAME);
  }

  public static LocalCloud start(int port) {
    return new LocalCloud(CloudEmulator.builder().port(port).seed(CloudEmulator.DEMO_SEED).start());
  }

  /** {@code 127.0.0.1:<port>}: the worker's {@code worker.sts.endpoint}. */
  public String stsEndpoint() {
    return emulator.stsEndpoint();
  }

  /** {@code http://127.0.0.1:<port>}: the worker's {@code worker.oss.endpoint-template}. */
  public String ossEndpoint() {
    return emulator.ossEndpoint();
  }

  public PlatformIdentity platform() {
    return platform;
  }

  @Override
  public String customerAccountId() {
    return customerAccountId;
  }

  @Override
  public void putBucket(String name, String region) {
    emulator.state().putBucket(name, customerAccountId, region);
  }

  @Override
  public void putRole(String roleName, String trustPolicyJson, String permissionPolicyJson) {
    String policyName = roleName + "-access";
    emulator.state().putPolicy(customerAccountId, policyName, permissionPolicyJson);
    emulator
        .state()
        .putRole(
            customerAccountId,
            roleName,
            PolicyParser.parse(trustPolicyJson),
            MAX_SESSION_SECONDS,
            List.of(policyName));
  }

  @Override
  public void failNextCalls(String operation, int times, String code, int status) {
    emulator.faults().set("oss:" + operation, FaultSpec.failTimes(times, code, status));
  }

  @Override
  public void clearFaults() {
    emulator.faults().clear();
  }

  @Override
  public String detail() {
    return "STS and OSS at " + emulator.ossEndpoint() + ", admin API " + emulator.adminUrl();
  }

  @Override
  public void close() {
    emulator.close();
  }

  private static PlatformIdentity platformIdentity(CloudEmulator emulator) {
    String accountId = accountId(emulator, PLATFORM_ACCOUNT_NAME);
    AccessKey key =
        emulator.state().accessKeys().stream()
            .filter(k -> accountId.equals(k.accountUid()) && PLATFORM_USER.equals(k.userName()))
            .filter(k -> k.status() == KeyStatus.Active)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the demo seed has no active key for RAM user " + PLATFORM_USER));
    return new PlatformIdentity(accountId, key.id(), key.secret());
  }

  private static String accountId(CloudEmulator emulator, String name) {
    return emulator.state().accounts().stream()
        .filter(a -> name.equals(a.name()))
        .map(Account::uid)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the demo seed has no account " + name));
  }
}
