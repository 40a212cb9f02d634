package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.RequestKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /v3/api-docs} says what the API really answers: the response codes
 * of every operation (written down here independently of the producer's own table), problem
 * responses as {@code application/problem+json} with the ProblemDetail schema, and no internal
 * types. Real calls are held against the document.
 */
@SuppressWarnings("unchecked")
class OpenApiDocumentIT extends ProducerItSupport {

  private static final String BASE = "/v1/storage-integrations";
  private static final String LIMITED = "it-key-lim-0123456789abcdefghijklm";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** What the controllers, security filters, rate limiter and body cap can answer. */
  private static final Map<String, Set<String>> ANSWERS =
      Map.of(
          "POST " + BASE + "/authorization-materials",
          codes(200, 400, 401, 403, 404, 413, 415, 429, 500, 503),
          "POST " + BASE + "/validate",
          codes(200, 202, 400, 401, 403, 404, 413, 415, 429, 503),
          "GET " + BASE + "/validations/{validationId}",
          codes(200, 202, 400, 401, 404),
          "POST " + BASE,
          codes(201, 202, 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503),
          "GET " + BASE,
          codes(200, 400, 401, 403, 404),
          "GET " + BASE + "/{integrationId}",
          codes(200, 400, 401, 404),
          "POST " + BASE + "/{integrationId}/revalidate",
          codes(200, 202, 400, 401, 404, 429, 503),
          "DELETE " + BASE + "/{integrationId}",
          codes(200, 202, 400, 401, 404, 503),
          "GET " + BASE + "/events",
          codes(200, 400, 401, 403, 404, 429),
          "POST " + BASE + "/{integrationId}/credentials",
          codes(200, 400, 401, 403, 404, 409, 413, 415, 503));

  private Api.Response document;

  @BeforeEach
  void fetchDocument() {
    document = api.get(null, "/v3/api-docs");
    assertThat(document.status()).isEqualTo(200);
  }

  @Test
  void everyOperationListsTheCodesItReallyAnswers() throws Exception {
    // Kept for reading and for client generators: what a build of this commit publishes.
    Files.writeString(Path.of("target", "openapi.json"), document.body());
    Map<String, Set<String>> documented = new TreeMap<>();
    Map<String, Map<String, Object>> paths = document.at("paths");
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  Map<String, Object> responses =
                      (Map<String, Object>) ((Map<String, Object>) operation).get("responses");
                  documented.put(method.toUpperCase() + " " + path, responses.keySet());
                }));

    assertThat(documented).isEqualTo(new TreeMap<>(ANSWERS));
  }

  @Test
  void problemsAreProblemDetailsWithFieldErrors() {
    ANSWERS.forEach(
        (operation, codes) ->
            codes.stream()
                .filter(code -> code.compareTo("400") >= 0)
                .forEach(
                    code -> {
                      Map<String, Object> response = response(operation, code);
                      assertThat(response).as(operation + " " + code).containsKey("$ref");
                      Map<String, Object> named = component((String) response.get("$ref"));
                      assertThat(named).as(operation + " " + code).containsKey("content");
                      assertThat(((Map<String, Object>) named.get("content")).keySet())
                          .containsExactly(PROBLEM_JSON);
                      assertThat((Object) at(named, "content", PROBLEM_JSON, "schema", "$ref"))
                          .isEqualTo("#/components/schemas/ProblemDetail");
                    }));
    Map<String, Object> problem = document.at("components.schemas.ProblemDetail.properties");
    assertThat(problem).containsKeys("type", "title", "status", "detail", "instance", "errors");
    assertThat((Object) at(problem, "errors", "items", "$ref"))
        .isEqualTo("#/components/schemas/FieldError");
    assertThat((Map<String, Object>) document.at("components.schemas.FieldError.properties"))
        .containsKeys("field", "message");
    assertThat((Map<String, Object>) document.at("components.responses.RateLimited.headers"))
        .containsKey("Retry-After");
  }

  @Test
  void noInternalTypesAndTheStreamIsEventStreamText() {
    assertThat(document.body()).doesNotContain("SseEmitter").doesNotContain("Caller");
    Map<String, Object> stream = response("GET " + BASE + "/events", "200");
    assertThat(((Map<String, Object>) stream.get("content")).keySet())
        .containsExactly("text/event-stream");
    assertThat((Object) at(stream, "content", "text/event-stream", "schema", "type"))
        .isEqualTo("string");
    ANSWERS.keySet().stream()
        .filter(operation -> !operation.endsWith("/events"))
        .forEach(
            operation ->
                ANSWERS.get(operation).stream()
                    .filter(code -> code.startsWith("2"))
                    .forEach(
                        code ->
                            assertThat(
                                    ((Map<String, Object>) response(operation, code).get("content"))
                                        .keySet())
                                .as(operation + " " + code)
                                .containsExactly("application/json")));
    assertThat((Map<String, Object>) response("POST " + BASE, "201").get("headers"))
        .containsKey("Location");
    assertThat((Map<String, Object>) document.at("components.securitySchemes.apiKey"))
        .containsEntry("in", "header")
        .containsEntry("name", "X-API-Key");
  }

  @Test
  void realAnswersAreTheDocumentedOnes() throws Exception {
    String materials = "POST " + BASE + "/authorization-materials";
    String create = "POST " + BASE;
    String describe = "GET " + BASE + "/{integrationId}";
    String externalId = mintExternalId(P1, "p1");
    String name = unique("documented");
    Map<String, Object> body = body("p1", name, externalId);
    Map<String, String> idempotent = Map.of("Idempotency-Key", unique("doc"));

    Api.Response accepted = api.post(P1, BASE, body, idempotent);
    documented(create, accepted, 202);
    assertThat(accepted.headers().firstValue("Location")).isPresent();
    String id = accepted.text("integrationId");
    awaitDescribe(P1, id, inState("PENDING"));
    worker.validated(id, "p1", 1, latestRequestId(P1, id), RequestKind.CREATE);
    documented(create, api.post(P1, BASE + "?wait=PT5S", body, idempotent), 201);
    documented(create, api.post(P1, BASE, body("p1", name, mintExternalId(P1, "p1"))), 409);
    documented(
        create, api.post(P1, BASE, body("p1", unique("other"), externalId), idempotent), 422);
    documented(create, post(P1, BASE, "text/plain", "name=x"), 415);
    Map<String, Object> big = body("p1", unique("big"), externalId);
    big.put("description", "x".repeat(70_000));
    documented(create, api.post(P1, BASE, big), 413);
    body.put("bucket", "Not_A_Bucket");
    documented(create, api.post(P1, BASE, body), 400);

    documented(describe, api.get(P1, BASE + "/" + id), 200);
    documented(describe, api.get(P1, BASE + "/integ-doesnotexist"), 404);
    documented(describe, api.get(null, BASE + "/" + id), 401);
    documented("GET " + BASE, api.get(P1, BASE + "?projectId=p1&size=0"), 400);
    documented("GET " + BASE, api.get(P1, BASE + "?projectId=p2"), 403);
    documented("GET " + BASE, api.get(OPS, BASE + "?projectId=no-such-project"), 404);
    documented(
        "GET " + BASE + "/events", api.get(OPS, BASE + "/events?projectId=no-such-project"), 404);
    documented(materials, materialsFor(OPS, "no-such-project"), 404);
    documented(
        "POST " + BASE + "/validate", api.post(P1, BASE + "/validate", body("p1", "n", "x")), 400);
    documented(
        "GET " + BASE + "/validations/{validationId}",
        api.get(P1, BASE + "/validations/valid-doesnotexist"),
        404);
    documented(
        "POST " + BASE + "/{integrationId}/revalidate",
        api.post(P1, BASE + "/" + id + "/revalidate", ""),
        202);
    Api.Response limited = materialsFor(LIMITED, "p6");
    for (int i = 0; i < 4 && limited.status() == 200; i++) {
      limited = materialsFor(LIMITED, "p6");
    }
    documented(materials, limited, 429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    documented(
        "DELETE " + BASE + "/{integrationId}", api.delete(P1, BASE + "/" + id + "?wait=PT5S"), 200);
    documented("DELETE " + BASE + "/{integrationId}", api.delete(P1, BASE + "/" + id), 404);
  }

  /** The answer has the expected status, the document lists it, and an error is a problem. */
  private void documented(String operation, Api.Response answer, int status) {
    assertThat(answer.status()).as(operation + ": " + answer.body()).isEqualTo(status);
    assertThat(ANSWERS.get(operation)).as(operation).contains(String.valueOf(status));
    assertThat(response(operation, String.valueOf(status))).isNotNull();
    if (status >= 400) {
      assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
          .as(operation + " " + status)
          .startsWith(PROBLEM_JSON);
      assertThat(answer.text("status")).isEqualTo(String.valueOf(status));
    }
  }

  private Api.Response materialsFor(String key, String project) {
    return api.post(
        key,
        BASE + "/authorization-materials",
        Map.of(
            "projectId",
            project,
            "bucket",
            "b-doc",
            "region",
            "cn-hangzhou",
            "access",
            "READ_ONLY"));
  }

  private Api.Response post(String key, String path, String contentType, String text)
      throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api.base() + path))
                    .header("X-API-Key", key)
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(text))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Map<String, Object> json =
        io.storageintegrations.model.message.MessageCodec.mapper()
            .readValue(answer.body(), Map.class);
    return new Api.Response(answer.statusCode(), answer.headers(), answer.body(), json);
  }

  private Map<String, Object> response(String operation, String code) {
    String[] methodAndPath = operation.split(" ", 2);
    Map<String, Map<String, Object>> paths = document.at("paths");
    return at(paths.get(methodAndPath[1]), methodAndPath[0].toLowerCase(), "responses", code);
  }

  private Map<String, Object> component(String ref) {
    String[] parts = ref.replaceFirst("^#/", "").split("/");
    return at(document.json(), parts);
  }

  private static <T> T at(Map<String, Object> node, String... keys) {
    Object current = node;
    for (String key : keys) {
      current = current == null ? null : ((Map<String, Object>) current).get(key);
    }
    return (T) current;
  }

  private static Set<String> codes(int... codes) {
    return Stream.of(codes)
        .flatMapToInt(java.util.Arrays::stream)
        .mapToObj(String::valueOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
