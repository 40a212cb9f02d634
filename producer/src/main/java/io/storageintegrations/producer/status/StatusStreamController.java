package io.storageintegrations.producer.status;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.producer.integration.IntegrationView;
import io.storageintegrations.producer.registry.RegistryChange;
import io.storageintegrations.producer.registry.RegistryView;
import io.storageintegrations.producer.security.Caller;
import io.storageintegrations.producer.security.Projects;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for one project: first every current integration ({@code integration} events),
 * then each change as it happens ({@code integration}, or {@code deleted}).
 */
@RestController
class StatusStreamController {

  private final RegistryView view;
  private final Projects projects;
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "sse-heartbeat");
            t.setDaemon(true);
            return t;
          });

  StatusStreamController(RegistryView view, Projects projects) {
    this.view = view;
    this.projects = projects;
  }

  @Operation(summary = "Stream a project's integration changes (text/event-stream)")
  @GetMapping(
      path = "/v1/storage-integrations/events",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String projectId) {
    String project = projects.resolve(caller, projectId);
    SseEmitter emitter = new SseEmitter(0L);
    // One sender thread per stream keeps events in order and never blocks the registry writer.
    ExecutorService sender =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "sse-" + project);
              t.setDaemon(true);
              return t;
            });
    AutoCloseable subscription =
        view.subscribe(
            change -> {
              if (change.projectId().equals(project)) {
                sender.execute(() -> send(emitter, change));
              }
            });
    for (IntegrationRecord record : view.list(r -> r.projectId().equals(project))) {
      sender.execute(
          () -> send(emitter, new RegistryChange(record.integrationId(), project, record)));
    }
    var heartbeat =
        heartbeats.scheduleAtFixedRate(
            () ->
                sender.execute(
                    () -> {
                      try {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                      } catch (IOException | IllegalStateException e) {
                        emitter.completeWithError(e);
                      }
                    }),
            15,
            15,
            TimeUnit.SECONDS);
    Runnable cleanup =
        () -> {
          heartbeat.cancel(false);
          sender.shutdownNow();
          try {
            subscription.close();
          } catch (Exception ignored) {
            // nothing to release
          }
        };
    emitter.onCompletion(cleanup);
    emitter.onTimeout(cleanup);
    emitter.onError(e -> cleanup.run());
    return emitter;
  }

  private static void send(SseEmitter emitter, RegistryChange change) {
    try {
      if (change.deleted()) {
        emitter.send(
            SseEmitter.event()
                .name("deleted")
                .id(change.integrationId())
                .data(Map.of("integrationId", change.integrationId()), MediaType.APPLICATION_JSON));
      } else {
        emitter.send(
            SseEmitter.event()
                .name("integration")
                .id(change.integrationId() + "@" + change.record().revision())
                .data(IntegrationView.of(change.record()), MediaType.APPLICATION_JSON));
      }
    } catch (IOException | IllegalStateException e) {
      emitter.completeWithError(e);
    }
  }
}
