package io.storageintegrations.worker.intake;

import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A request as an upstream service publishes it: keyed by integration, CloudEvents headers. */
public final class RequestRecords {

  private RequestRecords() {}

  public static ProducerRecord<String, byte[]> of(IntegrationRequest request) {
    return to(Topics.REQUESTS, request);
  }

  /** The request on {@code topic}, e.g. the background lane. */
  public static ProducerRecord<String, byte[]> to(String topic, IntegrationRequest request) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topic, request.integrationId(), MessageCodec.toJson(request));
    CloudEventHeaders.forMessage(request, "/tests")
        .toByteMap()
        .forEach((name, value) -> record.headers().add(name, value));
    return record;
  }
}
