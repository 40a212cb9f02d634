package io.storageintegrations.producer.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.MessageCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RegistryViewTests {

  private final RegistryView view = new RegistryView(3);

  @Test
  void aRecordReadsBackExactlyFromItsCompactForm() {
    IntegrationRecord record = RegistrySamples.record(7, 10);
    byte[] json = MessageCodec.toJson(record);
    byte[] compact = CompactJson.compress(json);

    assertThat(json.length).isBetween(4_500, 5_500);
    assertThat(compact.length).isLessThan(json.length / 4);
    assertThat(CompactJson.decompress(compact)).isEqualTo(json);
    view.put(record, 5);
    assertThat(view.get(record.integrationId())).contains(record);
  }

  @Test
  void anotherWritersRecordFromAnEarlierEventNeverReplacesANewerOne() {
    IntegrationRecord newer = RegistrySamples.record(1, 10);
    view.put(newer, 40);
    IntegrationRecord older = withState(newer, IntegrationState.INVALID); // same revision
    view.putIfNewer(IndexFields.of(older, 39), MessageCodec.toJson(older));
    assertThat(view.get(newer.integrationId())).contains(newer);

    view.putIfNewer(IndexFields.of(older, 41), MessageCodec.toJson(older));
    assertThat(view.get(newer.integrationId())).contains(older);
  }

  @Test
  void recordsWithoutSourceOffsetsCompareByRevisionAndLoseToOnesWithOffsets() {
    IntegrationRecord record = RegistrySamples.record(2, 10);
    view.putIfNewer(IndexFields.of(record, -1), MessageCodec.toJson(record));
    IntegrationRecord changed = withState(record, IntegrationState.ERROR);
    view.putIfNewer(IndexFields.of(changed, -1), MessageCodec.toJson(changed));
    assertThat(view.get(record.integrationId()).map(IntegrationRecord::state))
        .contains(IntegrationState.ERROR);

    view.put(record, 3);
    view.putIfNewer(IndexFields.of(changed, -1), MessageCodec.toJson(changed));
    assertThat(view.get(record.integrationId()).map(IntegrationRecord::state))
        .contains(IntegrationState.ACTIVE);
  }

  @Test
  void aProjectIsPagedOldestFirstWithItsOwnTotals() {
    for (int i = 29; i >= 0; i--) { // inserted newest first
      view.put(
          i % 3 == 0
              ? withState(RegistrySamples.record(i, 2), IntegrationState.INVALID)
              : RegistrySamples.record(i, 2),
          i);
    }
    RegistryPage second = view.page(RegistrySamples.project(0, 2), null, 1, 4);
    assertThat(second.total()).isEqualTo(15);
    assertThat(second.items())
        .extracting(IntegrationRecord::integrationId)
        .containsExactly(
            RegistrySamples.id(8),
            RegistrySamples.id(10),
            RegistrySamples.id(12),
            RegistrySamples.id(14));
    RegistryPage invalid = view.page(RegistrySamples.project(0, 2), IntegrationState.INVALID, 0, 3);
    assertThat(invalid.total()).isEqualTo(5);
    assertThat(invalid.items())
        .extracting(IntegrationRecord::integrationId)
        .containsExactly(RegistrySamples.id(0), RegistrySamples.id(6), RegistrySamples.id(12));
    assertThat(view.page(null, null, 0, 1).total()).isEqualTo(30);
    assertThat(view.page("no-such-project", null, 0, 5).total()).isZero();
    assertThat(view.size()).isEqualTo(30);
    assertThat(view.count(IntegrationState.INVALID)).isEqualTo(10);
  }

  @Test
  void aStateChangeMovesTheCountsAndKeepsThePosition() {
    for (int i = 0; i < 5; i++) {
      view.put(RegistrySamples.record(i, 1), i);
    }
    view.put(withState(RegistrySamples.record(2, 1), IntegrationState.INVALID), 10);
    assertThat(view.count(IntegrationState.ACTIVE)).isEqualTo(4);
    assertThat(view.page(RegistrySamples.project(0, 1), null, 0, 5).items())
        .extracting(IntegrationRecord::integrationId)
        .containsExactly(
            RegistrySamples.id(0),
            RegistrySamples.id(1),
            RegistrySamples.id(2),
            RegistrySamples.id(3),
            RegistrySamples.id(4));
    view.remove(RegistrySamples.id(3));
    assertThat(view.page(RegistrySamples.project(0, 1), null, 0, 5).total()).isEqualTo(4);
    assertThat(view.size()).isEqualTo(4);
  }

  @Test
  void onlyTheMostRecentDeletedIdsAreRemembered() {
    for (int i = 0; i < 5; i++) {
      view.put(RegistrySamples.record(i, 1), i);
      view.remove(RegistrySamples.id(i));
    }
    assertThat(view.isDeleted(RegistrySamples.id(0))).isFalse();
    assertThat(view.isDeleted(RegistrySamples.id(1))).isFalse();
    assertThat(view.isDeleted(RegistrySamples.id(2))).isTrue();
    assertThat(view.isDeleted(RegistrySamples.id(4))).isTrue();
  }

  @Test
  void theLongestUnvalidatedActiveIntegrationsOfMinePartitionsAreDueFirst() {
    for (int i = 0; i < 10; i++) {
      view.put(RegistrySamples.record(i, 1), i); // validated at creation + 19 h: older for lower i
    }
    Instant now = RegistrySamples.EPOCH.plusSeconds(30 * 3600L);
    List<String> due = view.dueForRevalidation(now, id -> !id.endsWith("3"), 4);
    assertThat(due)
        .containsExactly(
            RegistrySamples.id(0),
            RegistrySamples.id(1),
            RegistrySamples.id(2),
            RegistrySamples.id(4));
    assertThat(view.dueForRevalidation(RegistrySamples.EPOCH, id -> true, 4)).isEmpty();
  }

  @Test
  void indexFieldsTravelInHeadersSoAReplayNeedNotDecode() {
    IntegrationRecord record = RegistrySamples.record(3, 10);
    IndexFields index = IndexFields.of(record, 77);
    RecordHeaders headers = new RecordHeaders();
    RegistryHeaders.of(index).forEach((k, v) -> headers.add(k, v.getBytes()));
    assertThat(RegistryHeaders.read(record.integrationId(), headers)).contains(index);
    assertThat(RegistryHeaders.read(record.integrationId(), new RecordHeaders()))
        .isEqualTo(Optional.empty());
  }

  @Test
  void theExternalIdCheckFindsItsUserInTheSameProjectOnly() {
    IntegrationRecord record = RegistrySamples.record(4, 10);
    view.put(record, 1);
    assertThat(view.externalIdUser(record.projectId(), record.externalId()))
        .contains(record.integrationId());
    assertThat(view.externalIdUser("other", record.externalId())).isEmpty();
    view.remove(record.integrationId());
    assertThat(view.externalIdUser(record.projectId(), record.externalId())).isEmpty();
  }

  @Test
  void differentPartitionCountsStopTheStartWithAClearError() {
    CoPartitioning.check(6, 6);
    assertThatThrownBy(() -> CoPartitioning.check(6, 3))
        .hasMessageContaining("storage-integrations.events.v1 has 6 partitions")
        .hasMessageContaining("storage-integrations.registry.v1 has 3");
  }

  @Test
  void anIntegrationsPartitionIsTheDefaultPartitioners() {
    List<Integer> partitions = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      partitions.add(WriterPartitions.partitionOf(RegistrySamples.id(i), 6));
    }
    assertThat(partitions).allMatch(p -> p >= 0 && p < 6).contains(0, 1, 2, 3, 4, 5);
    WriterPartitions mine = new WriterPartitions();
    assertThat(mine.owns(RegistrySamples.id(0))).isFalse();
    mine.assigned(List.of(WriterPartitions.partitionOf(RegistrySamples.id(0), 6)), 6);
    assertThat(mine.owns(RegistrySamples.id(0))).isTrue();
    assertThat(mine.share()).isEqualTo(1.0 / 6);
  }

  private static IntegrationRecord withState(IntegrationRecord r, IntegrationState state) {
    return new IntegrationRecord(
        r.integrationId(),
        r.projectId(),
        r.name(),
        r.description(),
        r.access(),
        r.bucket(),
        r.bucketRegion(),
        r.roleArn(),
        r.externalId(),
        state,
        r.lastChecks(),
        r.lastValidatedAt(),
        r.history(),
        r.revision(),
        r.updatedAt(),
        r.createdAt());
  }
}
