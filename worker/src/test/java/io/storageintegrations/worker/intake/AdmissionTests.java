package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class AdmissionTests {

  private final OffsetLedger ledger = new OffsetLedger();
  private final Admission admission = new Admission(new InFlightLimit(1, 1));
  private final List<String> started = new ArrayList<>();

  private static ConsumerRecord<String, byte[]> record(String topic, int partition, long offset) {
    return new ConsumerRecord<>(topic, partition, offset, "k", new byte[0]);
  }

  /** Starts what admission allows (one slot), then answers it, freeing the slot for the next. */
  private void admitOneAndAnswer() {
    List<OffsetLedger.Ticket> tickets = new ArrayList<>();
    admission.admit(
        ledger,
        r -> {
          started.add(r.partition() + "@" + r.offset());
          tickets.add(
              ledger.track(
                  new TopicPartition(r.topic(), r.partition()), r.offset(), Lanes.of(r.topic())));
        });
    tickets.forEach(ledger::answered);
  }

  @Test
  void partitionsTakeTurnsSoALateComerIsNotStarved() {
    admission.hold(List.of(record(Topics.REQUESTS, 0, 0), record(Topics.REQUESTS, 0, 1)));
    admission.hold(List.of(record(Topics.REQUESTS, 0, 2), record(Topics.REQUESTS, 1, 0)));
    admission.hold(List.of(record(Topics.REQUESTS, 2, 0)));

    for (int i = 0; i < 5; i++) {
      admitOneAndAnswer();
    }

    assertThat(started).containsExactly("0@0", "1@0", "2@0", "0@1", "0@2");
  }

  @Test
  void peopleGoFirstAndTheSweepWaitsForItsShare() {
    admission.limit(new InFlightLimit(2, 1));
    admission.hold(
        List.of(
            record(Topics.REQUESTS_BACKGROUND, 0, 0),
            record(Topics.REQUESTS_BACKGROUND, 0, 1),
            record(Topics.REQUESTS, 0, 0),
            record(Topics.REQUESTS, 0, 1),
            record(Topics.REQUESTS, 0, 2)));

    admission.admit(
        ledger,
        r ->
            ledger.track(
                new TopicPartition(r.topic(), r.partition()), r.offset(), Lanes.of(r.topic())));

    assertThat(ledger.inFlight(io.storageintegrations.worker.cloud.Lane.INTERACTIVE)).isEqualTo(2);
    assertThat(ledger.inFlight(io.storageintegrations.worker.cloud.Lane.BACKGROUND)).isZero();
  }
}
