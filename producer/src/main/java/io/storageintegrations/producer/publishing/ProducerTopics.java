package io.storageintegrations.producer.publishing;

import io.storageintegrations.model.topic.Topics;

/**
 * Names private to the producer; its ledger topic is catalogued with the others in {@code Topics}.
 */
public final class ProducerTopics {

  /** ExternalIds minted and integration names claimed or released, keyed by project ID. */
  public static final String LEDGER = Topics.PRODUCER_LEDGER;

  /** Header naming the producer instance that wrote a registry record. */
  public static final String WRITER_HEADER = "x-registry-writer";

  private ProducerTopics() {}
}
