package io.storageintegrations.model.topic;

/**
 * The header that marks a request whose lifecycle event ({@code IntegrationAccepted} / {@code
 * IntegrationDeleted}) its publisher has already written to the events topic. The producer marks
 * every request it publishes ({@code x-lifecycle-published: producer}); for a create, re-validate
 * or delete without the mark (an upstream service publishing the request alone) the worker
 * publishes the lifecycle event itself, before the outcome, on the same key. The mark is no
 * security boundary: an upstream that sets it only forgoes its lifecycle event (and the registry
 * then ignores the outcome of a create it never saw); Kafka ACLs keep upstreams off the events
 * topic (docs/deployment.md).
 */
public final class LifecycleMark {

  /** The header's name. */
  public static final String HEADER = "x-lifecycle-published";

  /** The value the producer writes. */
  public static final String PRODUCER = "producer";

  private LifecycleMark() {}

  /** Whether a request carrying {@code value} in {@link #HEADER} (null: absent) is marked. */
  public static boolean marked(byte[] value) {
    return value != null && value.length > 0;
  }
}
