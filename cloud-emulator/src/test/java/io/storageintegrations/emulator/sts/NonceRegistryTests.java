package io.storageintegrations.emulator.sts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonceRegistryTests {

  private static final long WINDOW = 900_000;

  @Test
  void aNonceIsAcceptedOnceWithinTheWindow() {
    NonceRegistry nonces = new NonceRegistry();
    assertThat(nonces.firstUse("n-1", 0, WINDOW)).isTrue();
    assertThat(nonces.firstUse("n-1", 1_000, WINDOW)).isFalse();
  }

  @Test
  void expiredNoncesArePurgedOnceTheRegistryIsLarge() {
    NonceRegistry nonces = new NonceRegistry();
    for (int i = 0; i < 50_001; i++) {
      nonces.firstUse("old-" + i, 0, WINDOW);
    }
    long afterWindow = 2 * WINDOW + 1;
    nonces.firstUse("new-1", afterWindow, WINDOW);
    assertThat(nonces.size()).isEqualTo(1);
  }

  @Test
  void manyLiveNoncesDoNotMakeEachCallScanTheRegistry() {
    NonceRegistry nonces = new NonceRegistry();
    long started = System.nanoTime();
    for (int i = 0; i < 120_000; i++) {
      assertThat(nonces.firstUse("live-" + i, 1_000 + i / 100, WINDOW)).isTrue();
    }
    // Scanning ~50-120k live entries per call would take minutes; bounded purging takes well
    // under a second even on a loaded machine.
    assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
    assertThat(nonces.size()).isEqualTo(120_000);
  }
}
