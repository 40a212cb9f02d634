package io.storageintegrations.producer.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Replaces springdoc's guess (200 for everything, {@code *}/{@code *}) with what each operation
 * really answers ({@link OperationAnswers}), adds the problem responses, describes the status
 * stream as {@code text/event-stream} text rather than the server's internal emitter type, and
 * drops schemas nothing refers to.
 */
@Component
class HonestResponses implements OpenApiCustomizer {

  private static final String EVENT_STREAM = "text/event-stream";

  @Override
  public void customise(OpenAPI openApi) {
    Components components = Optional.ofNullable(openApi.getComponents()).orElseGet(Components::new);
    openApi.components(components);
    ProblemResponses.addTo(components);
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          OperationAnswers answers =
                              OperationAnswers.ALL.get(method.name() + " " + path);
                          if (answers != null) {
                            operation.setResponses(responses(operation, answers));
                          }
                          describeParameters(operation);
                        }));
    UnreferencedSchemas.remove(openApi);
  }

  private static ApiResponses responses(Operation operation, OperationAnswers answers) {
    Content content = successContent(operation.getResponses());
    ApiResponses responses = new ApiResponses();
    answers
        .success()
        .forEach(
            (code, description) -> {
              ApiResponse success = new ApiResponse().description(description).content(content);
              if (answers.location()) {
                success.addHeaderObject(
                    "Location",
                    new Header()
                        .description("Where to read the resource or result")
                        .schema(new StringSchema().format("uri-reference")));
              }
              responses.addApiResponse(code, success);
            });
    answers
        .problems()
        .forEach(
            status ->
                responses.addApiResponse(
                    String.valueOf(status), new ApiResponse().$ref(ProblemResponses.ref(status))));
    return responses;
  }

  /** The generated success body, as JSON (or, for the status stream, as event-stream text). */
  private static Content successContent(ApiResponses generated) {
    Content content = new Content();
    if (generated == null) {
      return content;
    }
    generated.values().stream()
        .map(ApiResponse::getContent)
        .filter(c -> c != null && !c.isEmpty())
        .findFirst()
        .ifPresent(
            found -> {
              for (Map.Entry<String, MediaType> media : found.entrySet()) {
                if (media.getKey().equals(EVENT_STREAM)) {
                  content.addMediaType(EVENT_STREAM, new MediaType().schema(eventStream()));
                } else {
                  content.addMediaType(
                      "application/json", new MediaType().schema(media.getValue().getSchema()));
                }
              }
            });
    return content;
  }

  private static Schema<?> eventStream() {
    return new StringSchema()
        .description(
            "Server-sent events: a ':connected' comment at once; 'integration' events (data: the"
                + " describe JSON), one per current integration and then per change; 'deleted'"
                + " events (data: {\"integrationId\": ...}); a keep-alive comment every 15 s");
  }

  private static void describeParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if ("wait".equals(parameter.getName())) {
        parameter.description(
            "Wait up to this long for the outcome: ISO-8601 (PT10S) or seconds (10s); capped by"
                + " storage-integrations.api.max-wait");
      } else if ("Idempotency-Key".equals(parameter.getName())) {
        parameter.description(
            "1 to 255 characters; a retried create with the same key answers the same"
                + " integration instead of 409");
      }
    }
  }
}
