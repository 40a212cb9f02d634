package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.worker.cloud.Lane;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetLedgerTests {

  private final TopicPartition p0 = new TopicPartition("t", 0);
  private final OffsetLedger ledger = new OffsetLedger();

  private OffsetLedger.Ticket started(long offset) {
    OffsetLedger.Ticket ticket = ledger.track(p0, offset, Lane.INTERACTIVE);
    assertThat(ledger.start(ticket)).isTrue();
    return ticket;
  }

  @Test
  void commitsTheContiguousAnsweredPrefixAndNamesTheAnsweredOnesAbove() {
    var t10 = started(10);
    var t11 = started(11);
    var t12 = started(12);

    ledger.answered(t11);
    ledger.answered(t12);
    OffsetAndMetadata position = ledger.advanced().get(p0);
    assertThat(position.offset()).isEqualTo(10);
    assertThat(DoneOffsets.decode(10, position.metadata())).containsExactly(11L, 12L);

    ledger.answered(t10);
    assertThat(ledger.advanced()).containsEntry(p0, new OffsetAndMetadata(13, ""));
    assertThat(ledger.advanced()).isEmpty();
    assertThat(ledger.inFlight()).isZero();
  }

  @Test
  void aFailedCommitIsHandedOutAgainWithoutFurtherProgress() {
    ledger.answered(started(20));
    var committed = ledger.advanced();
    assertThat(committed).containsEntry(p0, new OffsetAndMetadata(21, ""));
    assertThat(ledger.advanced()).isEmpty();

    ledger.commitFailed(committed);

    assertThat(ledger.advanced()).containsEntry(p0, new OffsetAndMetadata(21, ""));
    assertThat(ledger.advanced()).isEmpty();
  }

  @Test
  void aHandedBackPartitionStartsNothingNewAndItsLateOutcomesAreStale() throws Exception {
    var t5 = started(5);
    var t6 = started(6);
    var queued = ledger.track(p0, 7, Lane.BACKGROUND);
    ledger.answered(t5);

    ledger.handBack(List.of(p0), Duration.ZERO);
    assertThat(ledger.start(queued)).isFalse();
    ledger.abandoned(queued);
    assertThat(ledger.release(List.of(p0))).containsEntry(p0, new OffsetAndMetadata(6, ""));
    assertThat(ledger.isCurrent(t6)).isFalse();

    ledger.answered(t6);
    assertThat(ledger.all()).isEmpty();
    assertThat(ledger.inFlight()).isZero();
  }

  @Test
  void aLostPartitionThatComesBackSkipsWhatThisWorkerAnsweredBeforeTheLoss() {
    started(1);
    ledger.answered(started(2));
    ledger.lost(List.of(p0));

    ledger.assigned(p0, new OffsetAndMetadata(1, ""));
    var redelivered1 = ledger.track(p0, 1, Lane.INTERACTIVE);
    var redelivered2 = ledger.track(p0, 2, Lane.INTERACTIVE);

    assertThat(ledger.isCurrent(redelivered1)).isTrue();
    assertThat(ledger.answeredBefore(redelivered1)).isFalse();
    assertThat(ledger.answeredBefore(redelivered2)).isTrue();
  }

  @Test
  void doneOffsetsSurviveTheRoundTripAndForeignMetadataReadsAsNothing() {
    var done = new TreeSet<>(List.of(101L, 105L, 4000L));
    assertThat(DoneOffsets.decode(100, DoneOffsets.encode(100, done)))
        .containsExactly(101L, 105L, 4000L);
    assertThat(DoneOffsets.decode(100, "someone else's metadata")).isEmpty();
    assertThat(DoneOffsets.decode(100, DoneOffsets.PREFIX + "%%%")).isEmpty();
    var far = new TreeSet<>(List.of(1L, 1_000_000L));
    assertThat(DoneOffsets.encode(0, far).length()).isLessThanOrEqualTo(DoneOffsets.MAX_CHARS);
    assertThat(DoneOffsets.decode(0, DoneOffsets.encode(0, far))).containsExactly(1L);
  }
}
