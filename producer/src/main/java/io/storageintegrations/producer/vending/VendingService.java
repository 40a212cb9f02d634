package io.storageintegrations.producer.vending;

import io.storageintegrations.model.message.CredentialsVended;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.producer.integration.RevalidationRequests;
import io.storageintegrations.producer.problem.ApiException;
import io.storageintegrations.producer.publishing.PublishFailedException;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.security.Caller;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Checks a vend, forwards it to the workers (which hold the platform key and the STS quota),
 * records the audit event, and answers the credentials; or a problem that says why not. A role that
 * STS says is gone or no longer trusts the platform gets the integration re-validated, so the
 * registry and its status page learn it too.
 */
@Service
class VendingService {

  private static final Logger log = LoggerFactory.getLogger(VendingService.class);

  private final RegistryView view;
  private final WorkerVendingClient worker;
  private final AuditPublisher audit;
  private final RevalidationRequests revalidations;
  private final VendingProperties properties;
  private final VendingMeters meters;

  VendingService(
      RegistryView view,
      WorkerVendingClient worker,
      AuditPublisher audit,
      RevalidationRequests revalidations,
      VendingProperties properties,
      VendingMeters meters) {
    this.view = view;
    this.worker = worker;
    this.audit = audit;
    this.revalidations = revalidations;
    this.properties = properties;
    this.meters = meters;
  }

  VendedCredentials vend(Caller caller, String integrationId, CredentialsRequestBody body) {
    try {
      VendedCredentials vended = checkedVend(caller, integrationId, body);
      meters.vend("issued");
      return vended;
    } catch (VendingRefused e) {
      meters.vend(e.type());
      throw e;
    } catch (ApiException e) {
      meters.vend(e.type());
      throw e;
    }
  }

  private VendedCredentials checkedVend(
      Caller caller, String integrationId, CredentialsRequestBody body) {
    VendingChecks.caller(caller);
    VendingChecks.body(body);
    IntegrationRecord record =
        view.get(integrationId)
            .filter(r -> caller.canAccess(r.projectId()))
            .orElseThrow(
                () ->
                    view.isDeleted(integrationId)
                        ? VendingChecks.deleted(integrationId)
                        : ApiException.notFound(
                            "no storage integration with ID '" + integrationId + "'"));
    VendingChecks.active(record);
    VendingChecks.access(record, body.access());
    if (!properties.configured()) {
      throw unavailable("credential vending is not configured (storage-integrations.vending)");
    }
    String requestId = UUID.randomUUID().toString();
    long duration =
        body.durationSeconds() == null ? VendingChecks.DEFAULT_DURATION : body.durationSeconds();
    WorkerVendingClient.WorkerAnswer answer;
    long asked = System.nanoTime();
    try {
      answer = worker.vend(forward(record, body, duration, requestId, caller));
    } catch (IOException e) {
      log.warn("vending service unreachable: {}", e.getClass().getSimpleName());
      throw unavailable("the vending service did not answer; ask again shortly");
    }
    if (answer.status() != 200) {
      throw refusal(record, answer);
    }
    long answered = System.nanoTime();
    boolean fromCache = answer.body().get("servedFromCache").asBoolean();
    meters.stage("worker", fromCache, answered - asked);
    Instant expiration = Instant.parse(answer.text("expiration"));
    try {
      audit.record(
          new CredentialsVended(
              MessageType.CREDENTIALS_VENDED.eventId(requestId),
              requestId,
              record.integrationId(),
              record.projectId(),
              caller.name(),
              body.access(),
              record.bucket(),
              body.prefix(),
              answer.body().get("durationSeconds").asLong(),
              expiration,
              fromCache,
              Instant.now()));
    } catch (AuditPublisher.AuditFailedException | PublishFailedException e) {
      throw unavailable("the audit record was not acknowledged; no credentials were handed out");
    }
    meters.stage("audit", fromCache, System.nanoTime() - answered);
    return new VendedCredentials(
        record.integrationId(),
        answer.text("accessKeyId"),
        answer.text("accessKeySecret"),
        answer.text("securityToken"),
        expiration,
        record.bucket(),
        answer.text("region"),
        answer.text("endpoint"),
        body.prefix(),
        body.access(),
        requestId);
  }

  private static Map<String, Object> forward(
      IntegrationRecord record,
      CredentialsRequestBody body,
      long duration,
      String requestId,
      Caller caller) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("requestId", requestId);
    request.put("caller", caller.name());
    request.put("integrationId", record.integrationId());
    request.put("projectId", record.projectId());
    request.put("roleArn", record.roleArn());
    request.put("externalId", record.externalId());
    request.put("bucket", record.bucket());
    request.put("region", record.bucketRegion());
    request.put("access", body.access().name());
    request.put("prefix", body.prefix());
    request.put("durationSeconds", duration);
    return request;
  }

  private VendingRefused refusal(
      IntegrationRecord record, WorkerVendingClient.WorkerAnswer answer) {
    if (answer.status() == 422) {
      boolean revalidate = answer.body().path("revalidate").asBoolean(false);
      boolean requested = false;
      if (revalidate) {
        try {
          requested = revalidations.request(record.integrationId());
        } catch (PublishFailedException e) {
          log.warn("re-validation of {} not requested: {}", record.integrationId(), e.getMessage());
        }
      }
      Map<String, Object> diagnosis = new LinkedHashMap<>();
      diagnosis.put("integrationId", record.integrationId());
      diagnosis.put("check", answer.text("check"));
      diagnosis.put("code", answer.text("code"));
      diagnosis.put("cloudCode", answer.text("cloudCode"));
      diagnosis.put("remediation", answer.text("remediation"));
      diagnosis.put("revalidationRequested", requested || (revalidate && inFlight(record)));
      return new VendingRefused(
          HttpStatus.CONFLICT,
          "role-not-assumable",
          "The integration's role cannot be assumed",
          answer.text("message"),
          diagnosis);
    }
    if (answer.status() == 401) {
      log.error(
          "the vending service refused the internal token: check storage-integrations.vending.token");
      return unavailable("credential vending is misconfigured; operators have been alerted");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("code", answer.text("code"));
    details.put("message", answer.text("message"));
    return new VendingRefused(
        HttpStatus.SERVICE_UNAVAILABLE,
        answer.status() == 502 ? "platform-unavailable" : "cloud-unavailable",
        "Credentials could not be issued now",
        answer.text("message") == null ? "ask again shortly" : answer.text("message"),
        details);
  }

  private boolean inFlight(IntegrationRecord record) {
    return view.get(record.integrationId())
        .map(r -> r.revision() > record.revision())
        .orElse(false);
  }

  private static VendingRefused unavailable(String detail) {
    return new VendingRefused(
        HttpStatus.SERVICE_UNAVAILABLE,
        "vending-unavailable",
        "Credential vending unavailable",
        detail,
        Map.of());
  }
}
