package io.storageintegrations.producer.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LedgerStateTests {

  private final LedgerState state = new LedgerState(Duration.ofMinutes(5), Duration.ofDays(7));
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

    assertThat(state.isMinted("p1", "si-ext-1", now)).isTrue();
    assertThat(state.isMinted("p2", "si-ext-1", now)).isFalse();
    assertThat(state.isMinted("p1", "si-ext-2", now)).isFalse();
  }

  @Test
  void aMintedExternalIdNotUsedWithinItsLifetimeExpires() {
    state.apply(LedgerEntry.minted("p1", "si-ext-old", now));

    assertThat(state.isMinted("p1", "si-ext-old", now.plus(Duration.ofDays(7)))).isTrue();
    assertThat(state.isMinted("p1", "si-ext-old", now.plus(Duration.ofDays(7)).plusSeconds(1)))
        .isFalse();
  }

  @Test
  void expiredExternalIdsAreForgottenAsTheLedgerIsFolded() {
    state.apply(LedgerEntry.minted("p1", "si-ext-old", now));
    state.apply(LedgerEntry.minted("p1", "si-ext-new", now.plus(Duration.ofDays(8))));

    // Even judged at minting time, the old one is gone: the state keeps only live ExternalIds.
    assertThat(state.isMinted("p1", "si-ext-old", now)).isFalse();
    assertThat(state.isMinted("p1", "si-ext-new", now.plus(Duration.ofDays(8)))).isTrue();
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

  @Test
  void aNameIsClaimableWhenFreeOwnedByTheClaimantOrAbandoned() {
    state.apply(LedgerEntry.claimed("p1", "n", "integ-dead", now));
    state.apply(LedgerEntry.claimed("p1", "kept", "integ-a", now));
    state.apply(LedgerEntry.confirmed("p1", "kept", "integ-a", now));

    Instant early = now.plus(Duration.ofMinutes(4));
    Instant late = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
    assertThat(state.nameClaimable("p1", "free", "integ-new", early)).isTrue();
    assertThat(state.nameClaimable("p1", "n", "integ-dead", early)).isTrue();
    assertThat(state.nameClaimable("p1", "n", "integ-new", early)).isFalse();
    assertThat(state.nameClaimable("p1", "n", "integ-new", late)).isTrue();
    assertThat(state.nameClaimable("p1", "kept", "integ-new", now.plus(Duration.ofDays(1))))
        .isFalse();
  }

  @Test
  void theFirstClaimOfAnIdempotencyKeyFixesItsBody() {
    state.apply(LedgerEntry.keyClaimed("p1", "integ-k", "body-a", now));
    state.apply(LedgerEntry.keyClaimed("p1", "integ-k", "body-b", now));

    assertThat(state.keyUse("integ-k"))
        .hasValueSatisfying(
            use -> {
              assertThat(use.fingerprint()).isEqualTo("body-a");
              assertThat(use.spent()).isFalse();
            });
    assertThat(state.keyUse("integ-other")).isEmpty();
  }

  @Test
  void aKeyIsSpentOnceItsIntegrationIsDeletedAndForgottenAfterItsRetention() {
    LedgerState keys =
        new LedgerState(Duration.ofMinutes(5), Duration.ofDays(7), Duration.ofDays(30));
    keys.apply(LedgerEntry.keyClaimed("p1", "integ-k", "body-a", now));
    keys.apply(LedgerEntry.claimed("p1", "n", "integ-k", now));
    keys.apply(LedgerEntry.released("p1", "n", "integ-k", now.plusSeconds(5)));

    assertThat(keys.keyUse("integ-k")).hasValueSatisfying(use -> assertThat(use.spent()).isTrue());

    keys.apply(
        LedgerEntry.keyClaimed("p1", "integ-later", "body-c", now.plus(Duration.ofDays(31))));
    assertThat(keys.keyUse("integ-k")).isEmpty();
    assertThat(keys.keyUse("integ-later")).isPresent();
  }
}
