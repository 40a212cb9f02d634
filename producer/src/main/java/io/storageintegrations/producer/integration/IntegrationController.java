package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.OutcomeSummary;
import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.producer.problem.ApiException;
import io.storageintegrations.producer.registry.LastVended;
import io.storageintegrations.producer.registry.RegistryPage;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Storage integrations. Writes are asynchronous: 202 with the resource's location, or, with {@code
 * ?wait=PT10S}, the outcome if it arrives within the wait (bounded by configuration).
 */
@RestController
@RequestMapping("/v1/storage-integrations")
class IntegrationController {

  private static final String BASE = "/v1/storage-integrations/";

  private final IntegrationService service;
  private final RegistryView view;
  private final ApiProperties properties;
  private final AsyncWaits waits;
  private final LastVended lastVended;

  IntegrationController(
      IntegrationService service,
      RegistryView view,
      ApiProperties properties,
      AsyncWaits waits,
      LastVended lastVended) {
    this.service = service;
    this.view = view;
    this.properties = properties;
    this.waits = waits;
    this.lastVended = lastVended;
  }

  private IntegrationView viewOf(IntegrationRecord record) {
    return IntegrationView.of(record, lastVended.of(record.integrationId()));
  }

  @Operation(summary = "Create: validate, then ACTIVE, INVALID or ERROR")
  @PostMapping
  CompletableFuture<ResponseEntity<IntegrationView>> create(
      @AuthenticationPrincipal Caller caller,
      @RequestBody IntegrationRequestBody body,
      @RequestParam(required = false) String wait,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    Optional<Duration> waitFor = Waits.parse(wait, properties.maxWait());
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
      throw ApiException.badRequest("Idempotency-Key must be 1 to 255 characters");
    }
    IntegrationService.Accepted accepted = service.create(caller, body, idempotencyKey);
    return awaitOutcome(accepted, waitFor, record -> created(accepted, body, record));
  }

  private ResponseEntity<IntegrationView> created(
      IntegrationService.Accepted accepted,
      IntegrationRequestBody body,
      Optional<IntegrationRecord> record) {
    URI location = URI.create(BASE + accepted.integrationId());
    if (record.isPresent() && decided(record.get(), accepted)) {
      return ResponseEntity.created(location).body(viewOf(record.get()));
    }
    return ResponseEntity.accepted()
        .location(location)
        .body(
            record
                .or(() -> Optional.ofNullable(accepted.known()))
                .map(this::viewOf)
                .orElseGet(() -> pending(accepted, body)));
  }

  @Operation(summary = "List a project's integrations, paged, optionally by state")
  @GetMapping
  IntegrationSummary.Page list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String projectId,
      @RequestParam(required = false) IntegrationState state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > properties.maxPageSize()) {
      throw ApiException.badRequest(
          "page must be >= 0 and size between 1 and " + properties.maxPageSize());
    }
    RegistryPage found = service.list(caller, projectId, state, page, size);
    List<IntegrationSummary> items =
        found.items().stream()
            .map(r -> IntegrationSummary.of(r, lastVended.of(r.integrationId())))
            .toList();
    return new IntegrationSummary.Page(items, page, size, found.total());
  }

  @Operation(summary = "Describe: state, last check results with remediation, history")
  @GetMapping("/{integrationId}")
  IntegrationView describe(
      @AuthenticationPrincipal Caller caller, @PathVariable String integrationId) {
    return viewOf(service.find(caller, integrationId));
  }

  @Operation(summary = "Re-validate an existing integration")
  @PostMapping("/{integrationId}/revalidate")
  CompletableFuture<ResponseEntity<IntegrationView>> revalidate(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String integrationId,
      @RequestParam(required = false) String wait) {
    Optional<Duration> waitFor = Waits.parse(wait, properties.maxWait());
    IntegrationService.Accepted accepted = service.revalidate(caller, integrationId);
    return awaitOutcome(
        accepted,
        waitFor,
        record -> {
          IntegrationRecord shown = record.orElse(accepted.known());
          HttpStatus status =
              record.isPresent() && decided(record.get(), accepted)
                  ? HttpStatus.OK
                  : HttpStatus.ACCEPTED;
          return ResponseEntity.status(status)
              .location(URI.create(BASE + integrationId))
              .body(viewOf(shown));
        });
  }

  @Operation(summary = "Delete an integration")
  @DeleteMapping("/{integrationId}")
  CompletableFuture<ResponseEntity<DeletionView>> delete(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String integrationId,
      @RequestParam(required = false) String wait) {
    Optional<Duration> waitFor = Waits.parse(wait, properties.maxWait());
    IntegrationService.Accepted accepted = service.delete(caller, integrationId);
    return waits.answer(
        view.when(integrationId, Optional::isEmpty),
        waitFor.orElse(Duration.ZERO),
        () -> {
          boolean gone = waitFor.isPresent() && view.get(integrationId).isEmpty();
          DeletionView body = new DeletionView(integrationId, accepted.known().name(), gone);
          return ResponseEntity.status(gone ? HttpStatus.OK : HttpStatus.ACCEPTED).body(body);
        });
  }

  private <T> CompletableFuture<T> awaitOutcome(
      IntegrationService.Accepted accepted,
      Optional<Duration> waitFor,
      Function<Optional<IntegrationRecord>, T> answer) {
    String id = accepted.integrationId();
    return waits.answer(
        view.when(id, r -> r.isPresent() && decided(r.get(), accepted)),
        waitFor.orElse(Duration.ZERO),
        () -> answer.apply(view.get(id)));
  }

  /** The outcome of this request (or of a newer one) has been applied. */
  private static boolean decided(IntegrationRecord record, IntegrationService.Accepted accepted) {
    if (record.revision() > accepted.revision()) {
      return true;
    }
    for (OutcomeSummary h : record.history()) {
      if (accepted.requestId().equals(h.requestId()) && h.state() != IntegrationState.PENDING) {
        return true;
      }
    }
    return false;
  }

  private static IntegrationView pending(
      IntegrationService.Accepted accepted, IntegrationRequestBody body) {
    return new IntegrationView(
        accepted.integrationId(),
        accepted.projectId(),
        body.name(),
        body.description(),
        body.access(),
        body.bucket(),
        Regions.normalize(body.region()),
        body.roleArn(),
        body.externalId(),
        IntegrationState.PENDING,
        true,
        "validation in progress",
        accepted.revision(),
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }
}
