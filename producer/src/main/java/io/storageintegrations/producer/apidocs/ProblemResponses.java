package io.storageintegrations.producer.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problem responses, one named response per status in {@code components/responses},
 * all {@code application/problem+json} with the {@code ProblemDetail} schema.
 */
final class ProblemResponses {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String SCHEMA = "ProblemDetail";
  static final String FIELD_ERROR = "FieldError";

  /** Status code → component name and what it means in this API. */
  static final Map<Integer, List<String>> BY_STATUS =
      Map.ofEntries(
          Map.entry(
              400,
              List.of(
                  "BadRequest",
                  "Invalid fields (errors[] names each), an unreadable body, a bad wait, page,"
                      + " size or missing projectId, or a path not in canonical form")),
          Map.entry(401, List.of("Unauthenticated", "No API key, or one that is not valid")),
          Map.entry(
              403,
              List.of(
                  "Forbidden",
                  "The API key may not act on the named project (or, for credentials: is not a"
                      + " job key, or asks more access than the integration has)")),
          Map.entry(
              404,
              List.of(
                  "NotFound",
                  "No such ID (another project's looks the same), or an unknown project")),
          Map.entry(
              409,
              List.of(
                  "NameTaken",
                  "The name is already used in the project; for credentials: the integration"
                      + " is not ACTIVE, or its role cannot be assumed (with the diagnosis)")),
          Map.entry(
              422,
              List.of(
                  "IdempotencyKeyUnusable",
                  "The Idempotency-Key was first used with another body"
                      + " (idempotency-key-reused), or the integration it created was deleted"
                      + " (idempotency-key-spent)")),
          Map.entry(
              413,
              List.of("ContentTooLarge", "The request body is over the configured cap (64 KiB)")),
          Map.entry(
              415, List.of("UnsupportedMediaType", "The request body is not application/json")),
          Map.entry(
              429,
              List.of(
                  "RateLimited",
                  "The key is over its call budget or has too many status streams open")),
          Map.entry(
              500,
              List.of(
                  "InternalError",
                  "Not completed; the request may or may not have been accepted. Retry later")),
          Map.entry(
              503,
              List.of(
                  "BrokerUnavailable",
                  "The broker did not acknowledge the request; nothing was accepted (or, when"
                      + " the detail says so, a commit was not confirmed: retry with the same"
                      + " Idempotency-Key). For credentials: vending or the cloud is unavailable;"
                      + " none were handed out")));

  private ProblemResponses() {}

  static String ref(int status) {
    return "#/components/responses/" + BY_STATUS.get(status).get(0);
  }

  static void addTo(Components components) {
    components.addSchemas(FIELD_ERROR, fieldError());
    components.addSchemas(SCHEMA, problemDetail());
    BY_STATUS.forEach(
        (status, nameAndMeaning) ->
            components.addResponses(
                nameAndMeaning.get(0), response(status, nameAndMeaning.get(1))));
  }

  private static ApiResponse response(int status, String description) {
    ApiResponse response =
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
    if (status == 429) {
      response.addHeaderObject(
          "Retry-After",
          new Header()
              .description("Seconds to wait before retrying")
              .required(true)
              .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
    }
    if (status == 401) {
      response.addHeaderObject(
          "WWW-Authenticate",
          new Header().description("ApiKey header=\"X-API-Key\"").schema(new StringSchema()));
    }
    return response;
  }

  private static Schema<?> problemDetail() {
    return new ObjectSchema()
        .description("An RFC 9457 problem detail")
        .addProperty(
            "type",
            new StringSchema()
                .format("uri")
                .description("urn:storage-integrations:problem:<type> (see docs/api.md)")
                .example("urn:storage-integrations:problem:invalid-fields"))
        .addProperty("title", new StringSchema().example("Invalid fields"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("2 fields are invalid; see errors"))
        .addProperty(
            "instance",
            new StringSchema().format("uri-reference").example("/v1/storage-integrations"))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("One entry per invalid field (400 invalid-fields, invalid-body)"))
        .required(List.of("type", "title", "status"));
  }

  private static Schema<?> fieldError() {
    return new ObjectSchema()
        .addProperty("field", new StringSchema().example("bucket"))
        .addProperty(
            "message", new StringSchema().example("bucket 'My_Bucket' is not a valid bucket name"))
        .required(List.of("field", "message"));
  }
}
