package io.storageintegrations.producer.integration;

import io.storageintegrations.producer.problem.ApiException;
import io.storageintegrations.producer.registry.DryRunResults;
import io.storageintegrations.producer.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dry runs: validate without creating anything, then read the result. */
@RestController
@RequestMapping("/v1/storage-integrations")
class DryRunController {

  private final IntegrationService service;
  private final DryRunResults dryRuns;
  private final ApiProperties properties;
  private final AsyncWaits waits;

  DryRunController(
      IntegrationService service,
      DryRunResults dryRuns,
      ApiProperties properties,
      AsyncWaits waits) {
    this.service = service;
    this.dryRuns = dryRuns;
    this.properties = properties;
    this.waits = waits;
  }

  @Operation(summary = "Validate without creating (dry run)")
  @PostMapping("/validate")
  CompletableFuture<ResponseEntity<ValidationView>> validate(
      @AuthenticationPrincipal Caller caller,
      @RequestBody IntegrationRequestBody body,
      @RequestParam(required = false) String wait) {
    Optional<Duration> waitFor = Waits.parse(wait, properties.maxWait());
    DryRunResults.DryRun dryRun = service.validate(caller, body);
    return validation(dryRun, waitFor);
  }

  @Operation(summary = "A dry run's result")
  @GetMapping("/validations/{validationId}")
  CompletableFuture<ResponseEntity<ValidationView>> validation(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String validationId,
      @RequestParam(required = false) String wait) {
    Optional<Duration> waitFor = Waits.parse(wait, properties.maxWait());
    DryRunResults.DryRun dryRun =
        dryRuns
            .find(validationId)
            .filter(d -> caller.canAccess(d.projectId()))
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no validation with ID '"
                            + validationId
                            + "' (unknown, or requested longer ago than results are kept)"));
    return validation(dryRun, waitFor);
  }

  private CompletableFuture<ResponseEntity<ValidationView>> validation(
      DryRunResults.DryRun dryRun, Optional<Duration> waitFor) {
    return waits.answer(
        dryRun.outcome().copy(), waitFor.orElse(Duration.ZERO), () -> answer(dryRun));
  }

  private static ResponseEntity<ValidationView> answer(DryRunResults.DryRun dryRun) {
    ValidationView result =
        ValidationView.of(dryRun.validationId(), dryRun.projectId(), dryRun.now());
    HttpStatus status = result.status().equals("PENDING") ? HttpStatus.ACCEPTED : HttpStatus.OK;
    return ResponseEntity.status(status)
        .location(URI.create("/v1/storage-integrations/validations/" + dryRun.validationId()))
        .body(result);
  }
}
