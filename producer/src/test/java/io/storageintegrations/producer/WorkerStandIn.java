package io.storageintegrations.producer;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.ErrorReason;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.testsupport.kafka.KafkaRecords;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes outcome events onto the real events topic the way a worker does: the registry's input
 * is that topic, so tests can decide each validation's outcome and its timing.
 */
final class WorkerStandIn implements AutoCloseable {

  /** The worker's {@code ce_source} (worker.validation.event-source's default). */
  static final String SOURCE = "/storage-integrations/worker";

  private final KafkaProducer<String, byte[]> producer =
      KafkaRecords.producer(KafkaBroker.bootstrapServers());

  static List<CheckResult> passing() {
    return List.of(
        new CheckResult(Check.REQUEST, CheckStatus.PASS, "OK", "well formed", null, 1, 1),
        new CheckResult(Check.ROLE_ASSUMABLE, CheckStatus.PASS, "OK", "assumed", null, 1, 20));
  }

  static List<CheckResult> roleNotAssumable() {
    return List.of(
        new CheckResult(Check.REQUEST, CheckStatus.PASS, "OK", "well formed", null, 1, 1),
        new CheckResult(
            Check.ROLE_ASSUMABLE,
            CheckStatus.FAIL,
            "ROLE_NOT_ASSUMABLE",
            "STS denied AssumeRole on acs:ram::123456789012:role/x: NoPermission",
            "Set the trust policy of role acs:ram::123456789012:role/x to: "
                + "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"sts:AssumeRole\",\"Principal\":{\"RAM\":[\"acs:ram::1:root\"]},"
                + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"si-ext-x\"}}}]}",
            1,
            20),
        new CheckResult(
            Check.LIST, CheckStatus.SKIP, "SKIPPED", "depends on ROLE_ASSUMABLE", null, 0, 0));
  }

  void validated(String id, String project, long revision, String requestId, RequestKind kind) {
    validated(id, project, revision, requestId, kind, passing());
  }

  void validated(
      String id,
      String project,
      long revision,
      String requestId,
      RequestKind kind,
      List<CheckResult> checks) {
    publish(
        new IntegrationValidated(
            MessageType.INTEGRATION_VALIDATED.eventId(requestId),
            requestId,
            id,
            project,
            revision,
            kind,
            checks,
            Instant.now()));
  }

  void failed(String id, String project, long revision, String requestId, RequestKind kind) {
    publish(
        new ValidationFailed(
            MessageType.VALIDATION_FAILED.eventId(requestId),
            requestId,
            id,
            project,
            revision,
            kind,
            "ROLE_NOT_ASSUMABLE",
            roleNotAssumable(),
            Instant.now()));
  }

  void errored(String id, String project, long revision, String requestId, RequestKind kind) {
    publish(
        new ValidationErrored(
            MessageType.VALIDATION_ERRORED.eventId(requestId),
            requestId,
            id,
            project,
            revision,
            kind,
            ErrorReason.RETRIES_EXHAUSTED,
            true,
            List.of(),
            Instant.now()));
  }

  void publish(Object event) {
    publish(event, SOURCE);
  }

  /** As {@code source} publishes it: the registry trusts verdicts from the worker's source only. */
  void publish(Object event, String source) {
    CloudEventHeaders headers = CloudEventHeaders.forMessage(event, source);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(headers.type().topic(), headers.subject(), MessageCodec.toJson(event));
    headers.toByteMap().forEach(record.headers()::add);
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String newRequestId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public void close() {
    producer.close();
  }
}
