package io.storageintegrations.producer.status;

import io.storageintegrations.producer.security.Caller;
import io.storageintegrations.producer.security.Projects;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for one project: a {@code connected} comment at once, then the project's first
 * 100 integrations, oldest first ({@code integration} events), then each change as it happens
 * ({@code integration}, or {@code deleted}). Streams end after a timeout; clients reconnect.
 */
@RestController
class StatusStreamController {

  private final StatusStreams streams;
  private final Projects projects;

  StatusStreamController(StatusStreams streams, Projects projects) {
    this.streams = streams;
    this.projects = projects;
  }

  @Operation(summary = "Stream a project's integration changes (text/event-stream)")
  @GetMapping(
      path = "/v1/storage-integrations/events",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String projectId) {
    return streams.open(caller, projects.resolve(caller, projectId));
  }
}
