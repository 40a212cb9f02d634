package io.storageintegrations.producer.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LedgerStateTests {

  private final LedgerState state = new LedgerState();
  private final Instant now = Instant.now();

  @Test
  void theFirstClaimOfAFreeNameWinsInOffsetOrder() {
    state.apply(LedgerEntry.claimed("p1", "Backups", "integ-a", now));
    state.apply(LedgerEntry.claimed("p1", "backups", "integ-b", now));

    assertThat(state.nameOwner("p1", "BACKUPS")).hasValue("integ-a");
    assertThat(state.nameOwner("p2", "backups")).isEmpty();
  }

  @Test
  void onlyTheOwnersReleaseFreesTheName() {
    state.apply(LedgerEntry.claimed("p1", "n", "integ-a", now));
    state.apply(LedgerEntry.released("p1", "n", "integ-b", now));
    assertThat(state.nameOwner("p1", "n")).hasValue("integ-a");

    state.apply(LedgerEntry.released("p1", "n", "integ-a", now));
    state.apply(LedgerEntry.claimed("p1", "n", "integ-c", now));
    assertThat(state.nameOwner("p1", "n")).hasValue("integ-c");
  }

  @Test
  void externalIdsAreRecordedPerProject() {
    state.apply(LedgerEntry.minted("p1", "si-ext-1", now));

    assertThat(state.isMinted("p1", "si-ext-1")).isTrue();
    assertThat(state.isMinted("p2", "si-ext-1")).isFalse();
    assertThat(state.isMinted("p1", "si-ext-2")).isFalse();
  }
}
