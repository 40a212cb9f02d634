package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.producer.ledger.KeyClaim;
import io.storageintegrations.producer.ledger.ProjectLedger;
import io.storageintegrations.producer.problem.ApiException;
import io.storageintegrations.producer.publishing.AtomicPublisher;
import io.storageintegrations.producer.publishing.AtomicPublisher.Outgoing;
import io.storageintegrations.producer.publishing.MessagePublisher;
import io.storageintegrations.producer.registry.DryRunResults;
import io.storageintegrations.producer.registry.RegistryPage;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.security.Caller;
import io.storageintegrations.producer.security.Projects;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Checks a call, then publishes what it asks for: the lifecycle event on the events topic and the
 * request for the workers, in one transaction (both or neither). The event is sent first, so in its
 * partition the registry sees PENDING before any outcome of the request.
 */
@Service
public class IntegrationService {

  private final Projects projects;
  private final ProjectLedger ledger;
  private final MessagePublisher publisher;
  private final AtomicPublisher atomic;
  private final RegistryView view;
  private final DryRunResults dryRuns;
  private final RequestChecks checks;
  private final Requests requests;

  IntegrationService(
      Projects projects,
      ProjectLedger ledger,
      MessagePublisher publisher,
      AtomicPublisher atomic,
      RegistryView view,
      DryRunResults dryRuns,
      RequestChecks checks) {
    this.projects = projects;
    this.ledger = ledger;
    this.publisher = publisher;
    this.atomic = atomic;
    this.view = view;
    this.dryRuns = dryRuns;
    this.checks = checks;
    this.requests = new Requests(projects);
  }

  /** A request accepted for an integration at {@code revision}. */
  record Accepted(
      String integrationId,
      String projectId,
      String requestId,
      long revision,
      IntegrationRecord known) {}

  DryRunResults.DryRun validate(Caller caller, IntegrationRequestBody body) {
    String projectId = projects.resolve(caller, body.projectId());
    String validationId = IntegrationIds.validation();
    ValidationRequested request =
        requests.fromBody(
            body, validationId, projectId, 0, RequestKind.VALIDATE, UUID.randomUUID().toString());
    checks.check(request, false);
    DryRunResults.DryRun dryRun = dryRuns.expect(validationId, projectId);
    publisher.publish(request);
    return dryRun;
  }

  /**
   * Creates an integration. With an idempotency key the integration ID and request ID derive from
   * (project, key), and the key stands for the body it was first used with (a ledger claim), so a
   * retried call finds its own claims and completes the work, and another body is refused.
   */
  Accepted create(Caller caller, IntegrationRequestBody body, String idempotencyKey) {
    String projectId = projects.resolve(caller, body.projectId());
    String id =
        idempotencyKey == null
            ? IntegrationIds.integration()
            : IntegrationIds.forIdempotencyKey(projectId, idempotencyKey);
    String requestId =
        idempotencyKey == null
            ? UUID.randomUUID().toString()
            : UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
    ValidationRequested request =
        requests.fromBody(body, id, projectId, 1, RequestKind.CREATE, requestId);
    String fingerprint = RequestFingerprint.of(request);
    if (idempotencyKey != null) {
      ledger.keyClaim(id, fingerprint).ifPresent(claim -> KeyProblems.refuseUnless(claim, id));
    }
    Optional<IntegrationRecord> existing = view.get(id);
    if (existing.isPresent()) {
      return new Accepted(id, projectId, requestId, 1, existing.get());
    }
    checks.check(request, true);
    if (idempotencyKey != null) {
      KeyProblems.refuseUnless(ledger.claimKey(projectId, id, fingerprint), id);
      if (view.isDeleted(id)) {
        KeyProblems.refuseUnless(KeyClaim.DELETED, id);
      }
    }
    if (!ledger.claimName(projectId, body.name(), id)) {
      throw ApiException.nameTaken(
          "an integration named '" + body.name() + "' already exists in project " + projectId);
    }
    atomic.publishTogether(
        List.of(Outgoing.of(IntegrationAccepted.of(request)), Outgoing.of(request)));
    return new Accepted(id, projectId, requestId, 1, null);
  }

  Accepted revalidate(Caller caller, String integrationId) {
    return revalidate(caller, integrationId, Topics.REQUESTS);
  }

  /**
   * A re-validation whose request goes to {@code requestsTopic}: the background lane for the
   * periodic sweep, which nobody waits for, so workers serve people first. Only the periodic one
   * carries when the negative AssumeRole last passed, letting workers skip it within their recheck
   * period; anyone else's re-validation is tested in full.
   */
  Accepted revalidate(Caller caller, String integrationId, String requestsTopic) {
    IntegrationRecord record = find(caller, integrationId);
    String requestId = UUID.randomUUID().toString();
    long revision = record.revision() + 1;
    boolean periodic = Topics.REQUESTS_BACKGROUND.equals(requestsTopic);
    ValidationRequested request = requests.revalidation(record, requestId, revision, periodic);
    atomic.publishTogether(
        List.of(
            Outgoing.of(IntegrationAccepted.of(request)),
            new Outgoing(requestsTopic, request, Map.of())));
    return new Accepted(integrationId, record.projectId(), requestId, revision, record);
  }

  Accepted delete(Caller caller, String integrationId) {
    IntegrationRecord record = find(caller, integrationId);
    String requestId = UUID.randomUUID().toString();
    long revision = record.revision() + 1;
    Instant now = Instant.now();
    atomic.publishTogether(
        List.of(
            Outgoing.of(
                new IntegrationDeleted(
                    MessageType.INTEGRATION_DELETED.eventId(requestId),
                    requestId,
                    integrationId,
                    record.projectId(),
                    revision,
                    now)),
            Outgoing.of(
                new DeletionRequested(
                    requestId, integrationId, record.projectId(), revision, now))));
    return new Accepted(integrationId, record.projectId(), requestId, revision, record);
  }

  /** The integration, if the caller may see it; another project's looks exactly like none. */
  IntegrationRecord find(Caller caller, String integrationId) {
    return view.get(integrationId)
        .filter(record -> caller.canAccess(record.projectId()))
        .orElseThrow(
            () -> ApiException.notFound("no storage integration with ID '" + integrationId + "'"));
  }

  /** A page of one project's integrations (every project's for an operator without one). */
  RegistryPage list(Caller caller, String projectId, IntegrationState state, int page, int size) {
    String project =
        caller.operator() && (projectId == null || projectId.isBlank())
            ? null
            : projects.resolve(caller, projectId);
    return view.page(project, state, page, size);
  }
}
