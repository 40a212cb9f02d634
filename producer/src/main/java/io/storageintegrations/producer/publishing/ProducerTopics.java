package io.storageintegrations.producer.publishing;

/** Topics private to the producer (the shared ones are in {@code Topics}). */
public final class ProducerTopics {

  /** ExternalIds minted and integration names claimed or released, keyed by project ID. */
  public static final String LEDGER = "storage-integrations.producer-ledger.v1";

  /** Header naming the producer instance that wrote a registry record. */
  public static final String WRITER_HEADER = "x-registry-writer";

  private ProducerTopics() {}
}
