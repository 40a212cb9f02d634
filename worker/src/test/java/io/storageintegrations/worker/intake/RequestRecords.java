package io.storageintegrations.worker.intake;

import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A request as an upstream service publishes it: keyed by integration, CloudEvents headers. */
final class RequestRecords {

  private RequestRecords() {}

  static ProducerRecord<String, byte[]> of(IntegrationRequest request) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.REQUESTS, request.integrationId(), MessageCodec.toJson(request));
    CloudEventHeaders.forMessage(request, "/tests")
        .toByteMap()
        .forEach((name, value) -> record.headers().add(name, value));
    return record;
  }
}
