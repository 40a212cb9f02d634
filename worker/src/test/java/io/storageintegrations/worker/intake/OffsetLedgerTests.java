package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetLedgerTests {

  private final TopicPartition p0 = new TopicPartition("t", 0);
  private final OffsetLedger ledger = new OffsetLedger();

  @Test
  void commitsOnlyTheContiguousDonePrefix() {
    var t10 = ledger.track(p0, 10);
    var t11 = ledger.track(p0, 11);
    var t12 = ledger.track(p0, 12);

    ledger.complete(t11);
    ledger.complete(t12);
    assertThat(ledger.advanced()).containsEntry(p0, new OffsetAndMetadata(10));

    ledger.complete(t10);
    assertThat(ledger.advanced()).containsEntry(p0, new OffsetAndMetadata(13));
    assertThat(ledger.advanced()).isEmpty();
    assertThat(ledger.inFlight()).isZero();
  }

  @Test
  void aFailedCommitIsHandedOutAgainWithoutFurtherProgress() {
    ledger.complete(ledger.track(p0, 20));
    var committed = ledger.advanced();
    assertThat(committed).containsEntry(p0, new OffsetAndMetadata(21));
    assertThat(ledger.advanced()).isEmpty();

    ledger.commitFailed(committed);

    assertThat(ledger.advanced()).containsEntry(p0, new OffsetAndMetadata(21));
    assertThat(ledger.advanced()).isEmpty();
  }

  @Test
  void revokedPartitionsCommitTheirPrefixAndTheirLateCompletionsAreStale() {
    var t5 = ledger.track(p0, 5);
    var t6 = ledger.track(p0, 6);
    ledger.complete(t5);

    assertThat(ledger.revoke(List.of(p0))).containsEntry(p0, new OffsetAndMetadata(6));
    assertThat(ledger.isCurrent(t6)).isFalse();

    ledger.complete(t6);
    assertThat(ledger.all()).isEmpty();
    assertThat(ledger.inFlight()).isZero();
  }

  @Test
  void aReassignedPartitionStartsAfresh() {
    var old = ledger.track(p0, 1);
    ledger.forget(List.of(p0));
    var fresh = ledger.track(p0, 1);

    assertThat(ledger.isCurrent(old)).isFalse();
    assertThat(ledger.isCurrent(fresh)).isTrue();
  }
}
