package io.storageintegrations.producer.ledger;

import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.producer.limits.LimitsProperties;
import io.storageintegrations.producer.publishing.MessagePublisher;
import io.storageintegrations.producer.publishing.ProducerTopics;
import io.storageintegrations.producer.publishing.TopicFollower;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Durable per-project facts the API relies on: which ExternalIds were minted for a project and who
 * owns each integration name. Writes go to the ledger topic keyed by project ID and are answered
 * from the replayed topic, so every instance decides a race between two creates identically.
 */
@Component
public class ProjectLedger extends TopicFollower {

  private static final Duration READ_BACK = Duration.ofSeconds(10);

  /** How long a claim may stay unconfirmed before a later create may take the name over. */
  static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

  private final LedgerState state;
  private final MessagePublisher publisher;

  ProjectLedger(
      MessagePublisher publisher,
      ConsumerFactory<String, byte[]> consumerFactory,
      LimitsProperties limits) {
    // Before the web server and the listeners: the API must not answer from a partial ledger.
    super(consumerFactory, ProducerTopics.LEDGER, false, Integer.MIN_VALUE + 100);
    this.publisher = publisher;
    this.state = new LedgerState(CLAIM_TIMEOUT, limits.unusedExternalIdTtl());
  }

  public void recordMinted(String projectId, String externalId) {
    append(LedgerEntry.minted(projectId, externalId, Instant.now()));
  }

  /** Minted for the project and not yet expired unused (storage-integrations.limits). */
  public boolean isMinted(String projectId, String externalId) {
    return state.isMinted(projectId, externalId, Instant.now());
  }

  public Optional<String> nameOwner(String projectId, String name) {
    return state.nameOwner(projectId, name);
  }

  /** Claims a name for an integration; true when this claim won (or it already owned the name). */
  public boolean claimName(String projectId, String name, String integrationId) {
    append(LedgerEntry.claimed(projectId, name, integrationId, Instant.now()));
    return state.nameOwner(projectId, name).map(integrationId::equals).orElse(false);
  }

  /** The integration exists: its name stays taken until it is deleted. */
  public void confirmName(String projectId, String name, String integrationId) {
    append(LedgerEntry.confirmed(projectId, name, integrationId, Instant.now()));
  }

  public void releaseName(String projectId, String name, String integrationId) {
    append(LedgerEntry.released(projectId, name, integrationId, Instant.now()));
  }

  private void append(LedgerEntry entry) {
    RecordMetadata written =
        publisher.send(
            new ProducerRecord<>(
                ProducerTopics.LEDGER,
                entry.projectId(),
                MessageCodec.mapper().writeValueAsBytes(entry)));
    try {
      if (!replayer().awaitConsumed(written.partition(), written.offset(), READ_BACK)) {
        throw new IllegalStateException("ledger entry not read back within " + READ_BACK);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading the ledger back", e);
    }
  }

  @Override
  protected void onRecord(ConsumerRecord<String, byte[]> record) {
    state.apply(MessageCodec.mapper().readValue(record.value(), LedgerEntry.class));
  }
}
