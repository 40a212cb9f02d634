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

  private final LedgerState state;
  private final MessagePublisher publisher;

  ProjectLedger(
      MessagePublisher publisher,
      ConsumerFactory<String, byte[]> consumerFactory,
      LimitsProperties limits,
      LedgerProperties properties) {
    // Before the web server and the listeners: the API must not answer from a partial ledger.
    super(consumerFactory, ProducerTopics.LEDGER, false, Integer.MIN_VALUE + 100);
    this.publisher = publisher;
    this.state =
        new LedgerState(
            properties.nameClaimTimeout(),
            limits.unusedExternalIdTtl(),
            properties.idempotencyKeyRetention());
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

  /**
   * Claims a name for an integration; true when this claim won: the name was free, already this
   * integration's, or held by a claim abandoned unconfirmed (which this claim takes over).
   */
  public boolean claimName(String projectId, String name, String integrationId) {
    Instant now = Instant.now();
    if (!state.nameClaimable(projectId, name, integrationId, now)) {
      return false; // someone holds it: no entry, so a rejected create leaves nothing behind
    }
    append(LedgerEntry.claimed(projectId, name, integrationId, now));
    return state.nameOwner(projectId, name).map(integrationId::equals).orElse(false);
  }

  /**
   * Claims the Idempotency-Key behind {@code integrationId} for a request body: the first claim in
   * ledger order fixes the body, so of two concurrent retries with different bodies one wins.
   */
  public KeyClaim claimKey(String projectId, String integrationId, String fingerprint) {
    if (keyClaim(integrationId, fingerprint).isEmpty()) {
      append(LedgerEntry.keyClaimed(projectId, integrationId, fingerprint, Instant.now()));
    }
    // empty only if the key were forgotten between append and read-back: it is ours then
    return keyClaim(integrationId, fingerprint).orElse(KeyClaim.THIS_BODY);
  }

  /** What the key behind {@code integrationId} means for this body, if it was used before. */
  public Optional<KeyClaim> keyClaim(String integrationId, String fingerprint) {
    return state
        .keyUse(integrationId)
        .map(
            use -> {
              if (!use.fingerprint().equals(fingerprint)) {
                return KeyClaim.OTHER_BODY;
              }
              return use.spent() ? KeyClaim.DELETED : KeyClaim.THIS_BODY;
            });
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
