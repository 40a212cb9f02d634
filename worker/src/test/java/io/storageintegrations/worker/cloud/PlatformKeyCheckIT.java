package io.storageintegrations.worker.cloud;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.worker.config.PlatformProperties;
import io.storageintegrations.worker.config.Scheme;
import io.storageintegrations.worker.config.StsProperties;
import io.storageintegrations.worker.validation.TestCloud;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The start-up check of the platform key against the emulator's STS, through the real SDK. */
class PlatformKeyCheckIT {

  private static final String ROOT_KEY = "LTAI5tPlatformRootKey0001";
  private static final String ROOT_SECRET = "PlatformRootSecret000000000001";
  private final CloudEmulator emulator = TestCloud.emulator();

  private static StsProperties sts(String endpoint) {
    return new StsProperties(
        endpoint,
        Scheme.HTTP,
        "cn-hangzhou",
        Duration.ofSeconds(2),
        Duration.ofSeconds(3),
        false,
        98,
        900,
        512); // as TestCloud: the STS SDK's one HTTP client keeps the first gateway's settings
  }

  private void verify(String keyId, String secret, String principal) {
    PlatformProperties platform = new PlatformProperties(keyId, secret, null, principal);
    try (StsGateway gateway = new StsGateway(sts(emulator.stsEndpoint()), platform)) {
      PlatformKeyCheck.verify(gateway, platform);
    }
  }

  @Test
  void aRamUserKeyOfThePrincipalsAccountPasses() {
    assertThatCode(
            () -> verify(TestCloud.PLATFORM_KEY_ID, TestCloud.PLATFORM_SECRET, TestCloud.PRINCIPAL))
        .doesNotThrowAnyException();
  }

  @Test
  void aRootAccountKeyStopsStartUpNamingTheProperty() {
    assertThatThrownBy(() -> verify(ROOT_KEY, ROOT_SECRET, TestCloud.PRINCIPAL))
        .hasMessageContaining("worker.platform.access-key-id " + ROOT_KEY)
        .hasMessageContaining("root account")
        .hasMessageNotContaining(ROOT_SECRET);
  }

  @Test
  void aKeyOfAnotherAccountThanThePrincipalStopsStartUp() {
    String otherAccount = "acs:ram::3000000000000003:root";
    assertThatThrownBy(
            () -> verify(TestCloud.PLATFORM_KEY_ID, TestCloud.PLATFORM_SECRET, otherAccount))
        .hasMessageContaining("worker.platform.principal " + otherAccount)
        .hasMessageContaining("acs:ram::1000000000000001:user/validator");
  }

  @Test
  void aWrongSecretStopsStartUpWithoutRepeatingIt() {
    String wrong = "WrongSecretValue0123456789abcdef";
    assertThatThrownBy(() -> verify(TestCloud.PLATFORM_KEY_ID, wrong, TestCloud.PRINCIPAL))
        .hasMessageContaining("worker.platform.access-key-secret")
        .hasMessageNotContaining(wrong);
  }

  @Test
  void anUnreachableStsOnlyWarns() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    PlatformProperties platform =
        new PlatformProperties(
            TestCloud.PLATFORM_KEY_ID, TestCloud.PLATFORM_SECRET, null, TestCloud.PRINCIPAL);
    try (StsGateway gateway = new StsGateway(sts("127.0.0.1:" + closedPort), platform)) {
      assertThatCode(() -> PlatformKeyCheck.verify(gateway, platform)).doesNotThrowAnyException();
    }
  }
}
