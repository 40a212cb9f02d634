package io.storageintegrations.client;

import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes integration requests for trusted upstream services. Each call completes once the broker
 * has acknowledged every record it wrote (acks=all, idempotent producer). Like the REST API, a
 * create or re-validation first publishes the lifecycle event (the registry's PENDING), then the
 * request; a deletion publishes {@code IntegrationDeleted}, then the request.
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

  /** Creates (revision 1) or re-validates (a higher revision) an integration. */
  public CompletableFuture<RecordMetadata> requestValidation(ValidationRequested request) {
    if (request.kind() == RequestKind.VALIDATE) {
      return publish(request);
    }
    // Async: a send from the producer's own I/O thread (the callback) would block on metadata.
    return publish(IntegrationAccepted.of(request)).thenComposeAsync(ignored -> publish(request));
  }

  public CompletableFuture<RecordMetadata> requestDeletion(DeletionRequested request) {
    IntegrationDeleted deleted =
        new IntegrationDeleted(
            MessageType.INTEGRATION_DELETED.eventId(request.requestId()),
            request.requestId(),
            request.integrationId(),
            request.projectId(),
            request.revision(),
            request.requestedAt());
    return publish(deleted).thenComposeAsync(ignored -> publish(request));
  }

  /** Any catalogued message, on its topic, keyed by integration ID, with CloudEvents headers. */
  public CompletableFuture<RecordMetadata> publish(Object message) {
    CloudEventHeaders headers = CloudEventHeaders.forMessage(message, source);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            headers.type().topic(), headers.subject(), MessageCodec.toJson(message));
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
