package io.storageintegrations.producer.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The fold of audit records into "last vended" times, and what it announces to status streams. */
class LastVendedTests {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final LastVendedFold fold = new LastVendedFold(Duration.ofDays(7));

  @Test
  void theLatestVendWinsWhateverTheOrderRecordsArriveIn() {
    fold.vended("a", T0.plusSeconds(30), MINUTE);
    fold.vended("a", T0, MINUTE); // an older record read later (another partition, a replay)
    fold.vended("a", T0.plusSeconds(30), MINUTE); // redelivered

    assertThat(fold.lastVended("a")).isEqualTo(T0.plusSeconds(30));
    assertThat(fold.lastVended("never-vended")).isNull();
  }

  @Test
  void aVendIsWorthAnnouncingWhenFirstOrInALaterMinuteOnly() {
    assertThat(fold.vended("a", T0, MINUTE)).as("first").isTrue();
    assertThat(fold.vended("a", T0.plusSeconds(20), MINUTE)).as("same minute").isFalse();
    assertThat(fold.vended("a", T0.plusSeconds(40), MINUTE)).as("same minute").isFalse();
    // vends every 20 s are still announced once a minute (not never: compared by minute, not gap)
    assertThat(fold.vended("a", T0.plusSeconds(60), MINUTE)).as("next minute").isTrue();
    assertThat(fold.vended("a", T0.plusSeconds(10), MINUTE)).as("older").isFalse();
  }

  @Test
  void memoryIsBoundedToVendsWithinTheWindowOfIntegrationsThatStillExist() {
    LastVendedFold day = new LastVendedFold(Duration.ofDays(1));
    day.vended("old", T0.minus(Duration.ofDays(2)), MINUTE);
    day.vended("recent", T0.minus(Duration.ofHours(1)), MINUTE);
    day.vended("deleted", T0.minus(Duration.ofHours(1)), MINUTE);

    day.sweep(T0, Set.of("deleted")::contains);

    assertThat(day.size()).isEqualTo(1);
    assertThat(day.lastVended("recent")).isEqualTo(T0.minus(Duration.ofHours(1)));
    assertThat(day.lastVended("old")).isNull();
    assertThat(day.lastVended("deleted")).isNull();
  }

  @Test
  void readsVendsFromTheAuditTopicsHeadersAndAnnouncesThemToOpenStreams() {
    RegistryView view = new RegistryView(10);
    IntegrationRecord record = RegistrySamples.record(1, 1);
    view.put(record, 1);
    List<RegistryChange> announced = new ArrayList<>();
    view.subscribe(announced::add);
    LastVended lastVended =
        new LastVended(null, view, new LastVendedProperties(Duration.ofDays(7)));
    String id = record.integrationId();

    lastVended.onRecord(audit(id, MessageType.CREDENTIALS_VENDED.ceType(), T0));
    lastVended.onRecord(audit(id, MessageType.CREDENTIALS_VENDED.ceType(), T0.plusSeconds(5)));
    lastVended.onRecord(audit(id, "io.storageintegrations.audit.other.v1", T0.plusSeconds(600)));
    lastVended.onRecord(audit(id, null, T0.plusSeconds(700))); // no ce_type: not a vend

    assertThat(lastVended.of(id)).isEqualTo(T0.plusSeconds(5));
    assertThat(announced)
        .singleElement()
        .satisfies(change -> assertThat(change.record()).isEqualTo(record));
  }

  private static ConsumerRecord<String, byte[]> audit(String id, String type, Instant time) {
    ConsumerRecord<String, byte[]> record =
        new ConsumerRecord<>(Topics.AUDIT, 0, 0, id, "{}".getBytes(StandardCharsets.UTF_8));
    if (type != null) {
      record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
    }
    record.headers().add(CloudEventHeaders.TIME, time.toString().getBytes(StandardCharsets.UTF_8));
    return record;
  }
}
