package io.storageintegrations.worker.intake;

import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.LifecycleMark;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A request keyed by integration, with CloudEvents headers: as the producer publishes it (marked:
 * its lifecycle event is already on the events topic), or as an upstream service publishes it
 * alone.
 */
public final class RequestRecords {

  private RequestRecords() {}

  public static ProducerRecord<String, byte[]> of(IntegrationRequest request) {
    return to(Topics.REQUESTS, request);
  }

  /** The request on {@code topic}, e.g. the background lane, as the producer publishes it. */
  public static ProducerRecord<String, byte[]> to(String topic, IntegrationRequest request) {
    ProducerRecord<String, byte[]> record = fromUpstream(topic, request);
    record
        .headers()
        .add(LifecycleMark.HEADER, LifecycleMark.PRODUCER.getBytes(StandardCharsets.UTF_8));
    return record;
  }

  /** The request alone, without the producer's mark: the worker owes it its lifecycle event. */
  public static ProducerRecord<String, byte[]> fromUpstream(
      String topic, IntegrationRequest request) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topic, request.integrationId(), MessageCodec.toJson(request));
    CloudEventHeaders.forMessage(request, "/tests")
        .toByteMap()
        .forEach((name, value) -> record.headers().add(name, value));
    return record;
  }
}
