package io.storageintegrations.producer.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LedgerStateTests {

  private final LedgerState state = new LedgerState(Duration.ofMinutes(5));
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

  @Test
  void anUnconfirmedClaimIsTakenOverOnlyAfterTheTimeout() {
    state.apply(LedgerEntry.claimed("p1", "n", "integ-ghost", now));
    state.apply(LedgerEntry.claimed("p1", "n", "integ-early", now.plusSeconds(60)));
    assertThat(state.nameOwner("p1", "n")).hasValue("integ-ghost");

    state.apply(LedgerEntry.claimed("p1", "n", "integ-late", now.plusSeconds(301)));
    assertThat(state.nameOwner("p1", "n")).hasValue("integ-late");
  }

  @Test
  void aConfirmedClaimIsNeverTakenOver() {
    state.apply(LedgerEntry.claimed("p1", "n", "integ-a", now));
    state.apply(LedgerEntry.confirmed("p1", "n", "integ-a", now.plusMillis(20)));
    state.apply(LedgerEntry.claimed("p1", "n", "integ-b", now.plusSeconds(3600)));

    assertThat(state.nameOwner("p1", "n")).hasValue("integ-a");
  }

  @Test
  void anIntegrationCreatedWithoutAClaimTakesAFreeNameButNotATakenOne() {
    state.apply(LedgerEntry.confirmed("p1", "free", "integ-direct", now));
    state.apply(LedgerEntry.claimed("p1", "taken", "integ-a", now));
    state.apply(LedgerEntry.confirmed("p1", "taken", "integ-direct-2", now));

    assertThat(state.nameOwner("p1", "free")).hasValue("integ-direct");
    assertThat(state.nameOwner("p1", "taken")).hasValue("integ-a");
  }
}
