package io.storageintegrations.producer.apidocs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each operation really answers: its success codes (with and without {@code ?wait=}), whether
 * they carry a {@code Location}, and the problem statuses its controller, the security filters, the
 * rate limiter and the body cap can answer. {@code OpenApiDocumentIT} holds this against real
 * calls.
 */
record OperationAnswers(Map<String, String> success, boolean location, List<Integer> problems) {

  private static final String BASE = "/v1/storage-integrations";

  /** Keyed by {@code METHOD path}, as the paths appear in the document. */
  static final Map<String, OperationAnswers> ALL = table();

  private static Map<String, OperationAnswers> table() {
    Map<String, OperationAnswers> all = new LinkedHashMap<>();
    all.put(
        "POST " + BASE + "/authorization-materials",
        new OperationAnswers(
            Map.of("200", "The materials, with a newly minted ExternalId"),
            false,
            List.of(400, 401, 403, 404, 413, 415, 429, 500, 503)));
    all.put(
        "POST " + BASE + "/validate",
        new OperationAnswers(
            ordered(
                "202", "Accepted: the dry run is in flight (or the wait ran out); poll Location",
                "200", "With ?wait=: the result, decided within the wait"),
            true,
            List.of(400, 401, 403, 404, 413, 415, 429, 503)));
    all.put(
        "GET " + BASE + "/validations/{validationId}",
        new OperationAnswers(
            ordered(
                "200", "The result (PASSED, FAILED or ERROR)",
                "202", "Still PENDING (also after a ?wait= that ran out)"),
            true,
            List.of(400, 401, 404)));
    all.put(
        "POST " + BASE,
        new OperationAnswers(
            ordered(
                "202",
                "Accepted: validation in flight (or the wait ran out); the integration as known"
                    + " so far, Location names it",
                "201",
                "With ?wait=: created and decided within the wait (ACTIVE, INVALID or ERROR)"),
            true,
            List.of(400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503)));
    all.put(
        "GET " + BASE,
        new OperationAnswers(
            Map.of("200", "One page of the project's integrations"),
            false,
            List.of(400, 401, 403, 404)));
    all.put(
        "GET " + BASE + "/{integrationId}",
        new OperationAnswers(
            Map.of("200", "The integration: state, checks with remediation, history"),
            false,
            List.of(400, 401, 404)));
    all.put(
        "POST " + BASE + "/{integrationId}/revalidate",
        new OperationAnswers(
            ordered(
                "202", "Accepted: re-validation in flight (or the wait ran out)",
                "200", "With ?wait=: the new outcome, decided within the wait"),
            true,
            List.of(400, 401, 404, 429, 503)));
    all.put(
        "DELETE " + BASE + "/{integrationId}",
        new OperationAnswers(
            ordered(
                "202", "Deletion requested (deleted: false)",
                "200", "With ?wait=: the integration is gone (deleted: true)"),
            false,
            List.of(400, 401, 404, 503)));
    all.put(
        "POST " + BASE + "/{integrationId}/credentials",
        new OperationAnswers(
            Map.of("200", "STS credentials narrowed to the prefix and access, with their expiry"),
            false,
            List.of(400, 401, 403, 404, 409, 413, 415, 503)));
    all.put(
        "GET " + BASE + "/events",
        new OperationAnswers(
            Map.of("200", "A text/event-stream of integration and deleted events"),
            false,
            List.of(400, 401, 403, 404, 429)));
    return Collections.unmodifiableMap(all);
  }

  private static Map<String, String> ordered(String code, String text, String code2, String text2) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(code, text);
    codes.put(code2, text2);
    return codes;
  }
}
