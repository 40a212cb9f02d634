package io.storageintegrations.worker.vending;

import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.CloudOperation;
import io.storageintegrations.worker.cloud.Deadline;
import io.storageintegrations.worker.cloud.Lane;
import io.storageintegrations.worker.cloud.StsGateway;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Vends credentials for a checked request: from the cache when the scope's are still good, else
 * through one AssumeRole with the scope's session policy, made by {@link CloudCalls} (the retry
 * layer, the deadline, and the fleet's STS quota in the interactive lane: a job waiting for
 * credentials is a person waiting, never behind the periodic sweep).
 */
final class CredentialVendor {

  private final StsGateway sts;
  private final CloudCalls calls;
  private final CredentialCache cache;
  private final VendingProperties properties;
  private final String principal;
  private final Clock clock;
  private final VendingMetrics metrics;

  CredentialVendor(
      StsGateway sts,
      CloudCalls calls,
      CredentialCache cache,
      VendingProperties properties,
      String principal,
      Clock clock,
      VendingMetrics metrics) {
    this.sts = sts;
    this.calls = calls;
    this.cache = cache;
    this.properties = properties;
    this.principal = principal;
    this.clock = clock;
    this.metrics = metrics;
  }

  CompletableFuture<CredentialCache.Lookup> vend(VendRequest request) {
    return cache
        .lookup(request.scope(), () -> assumeRole(request))
        .whenComplete((lookup, ignored) -> metrics.lookup(lookup != null && lookup.fromCache()));
  }

  private CompletableFuture<Issue> assumeRole(VendRequest request) {
    Deadline deadline = Deadline.in(properties.deadline());
    String policy = SessionPolicies.of(request.access(), request.bucket(), request.prefix());
    return calls
        .run(
            CloudOperation.ASSUME_ROLE,
            deadline,
            Lane.INTERACTIVE,
            Map.of("requestId", request.requestId(), "integrationId", request.integrationId()),
            () ->
                sts.assumeRoleScoped(
                    request.roleArn(),
                    sessionName(request.integrationId()),
                    request.externalId(),
                    policy,
                    request.durationBucket(),
                    deadline))
        .thenApply(
            call ->
                call.succeeded()
                    ? new Issue.Issued(call.value())
                    : new Issue.Refused(
                        Refusals.of(
                            call, request, principal, properties.deadline(), clock.instant())));
  }

  /** Shows in the customer's ActionTrail which integration the session is for. */
  static String sessionName(String integrationId) {
    String name = "si-vend-" + integrationId.replaceAll("[^A-Za-z0-9]", "");
    return name.length() > 64 ? name.substring(0, 64) : name;
  }
}
