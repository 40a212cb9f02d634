package io.storageintegrations.producer.vending;

import io.storageintegrations.producer.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Short-lived, prefix-scoped credentials for a job (job keys only). */
@RestController
@RequestMapping("/v1/storage-integrations")
class VendingController {

  private final VendingService service;

  VendingController(VendingService service) {
    this.service = service;
  }

  @Operation(
      summary =
          "Vend credentials: STS credentials for the integration's role, narrowed to a prefix and"
              + " an access (job keys only; ACTIVE integrations only)")
  @PostMapping("/{integrationId}/credentials")
  VendedCredentials credentials(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String integrationId,
      @RequestBody CredentialsRequestBody body) {
    return service.vend(caller, integrationId, body);
  }
}
