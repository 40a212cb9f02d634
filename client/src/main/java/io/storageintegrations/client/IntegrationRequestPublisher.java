package io.storageintegrations.client;

import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes integration requests for trusted upstream services. Each call writes exactly one
 * record, the request, on the requests topic (so it is atomic by nature) and completes once the
 * broker has acknowledged it (acks=all, idempotent producer). The client writes nothing to the
 * events topic: that topic carries the workers' verdicts, and only the producer and the workers may
 * write it (docs/deployment.md, Kafka ACLs). The worker publishes the lifecycle event of a create,
 * re-validation or deletion ({@code IntegrationAccepted} / {@code IntegrationDeleted}, the
 * registry's PENDING and deletion) before it answers the request, on the same key.
 *
 * <p>What the REST API adds and this client cannot: unique names per project and ExternalIds minted
 * by the platform. Services using it must guarantee both themselves.
 */
public final class IntegrationRequestPublisher implements AutoCloseable {

  private final Producer<String, byte[]> producer;
  private final String source;

  public IntegrationRequestPublisher(PublisherSettings settings) {
    this(new KafkaProducer<>(settings.producerProperties()), settings.source());
  }

  IntegrationRequestPublisher(Producer<String, byte[]> producer, String source) {
    this.producer = producer;
    this.source = source;
  }

  /** Creates (revision 1), re-validates (a higher revision) or dry-runs (VALIDATE). */
  public CompletableFuture<RecordMetadata> requestValidation(ValidationRequested request) {
    return publish(request);
  }

  public CompletableFuture<RecordMetadata> requestDeletion(DeletionRequested request) {
    return publish(request);
  }

  /** A request, on the requests topic, keyed by integration ID, with CloudEvents headers. */
  public CompletableFuture<RecordMetadata> publish(IntegrationRequest request) {
    CloudEventHeaders headers = CloudEventHeaders.forMessage(request, source);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            headers.type().topic(), headers.subject(), MessageCodec.toJson(request));
    headers.toByteMap().forEach(record.headers()::add);
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    producer.send(
        record,
        (metadata, error) -> {
          if (error != null) {
            acked.completeExceptionally(error);
          } else {
            acked.complete(metadata);
          }
        });
    return acked;
  }

  @Override
  public void close() {
    producer.close();
  }
}
