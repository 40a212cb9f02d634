package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.RequestKind;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SSE stream delivers a project's current integrations, then each change. */
class StatusStreamIT extends ProducerItSupport {

  @Test
  void streamsSnapshotThenChangesOfOneProjectOnly() throws Exception {
    String existing = create(P1, "p5", unique("before"));
    HttpResponse<InputStream> stream = open(P1, "p5");
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/event-stream"));
    BlockingQueue<String> events = readEvents(stream.body());

    assertThat(next(events, existing)).startsWith("integration").contains("\"PENDING\"");

    String id = create(P1, "p5", unique("live"));
    assertThat(next(events, id)).startsWith("integration").contains("\"PENDING\"");
    create(P2, "p2", unique("elsewhere"));

    worker.validated(id, "p5", 1, latestRequestId(P1, id), RequestKind.CREATE);
    assertThat(next(events, id)).contains("\"ACTIVE\"");

    api.delete(P1, "/v1/storage-integrations/" + id);
    assertThat(next(events, id)).startsWith("deleted");
    stream.body().close();
  }

  @Test
  void streamNeedsAKeyForTheProject() throws Exception {
    assertThat(open(null, "p5").statusCode()).isEqualTo(401);
    HttpResponse<InputStream> foreign = open(P2, "p5");
    assertThat(foreign.statusCode()).isEqualTo(403);
    foreign.body().close();
  }

  private HttpResponse<InputStream> open(String key, String project) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(api.base() + "/v1/storage-integrations/events?projectId=" + project));
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  /** Each event as "name data", collected by a reader thread. */
  private static BlockingQueue<String> readEvents(InputStream body) {
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                  if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                  } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                  } else if (line.isEmpty() && name != null) {
                    events.add(name + " " + data);
                    name = null;
                    data.setLength(0);
                  }
                }
              } catch (Exception closed) {
                // stream closed by the test
              }
            });
    reader.setDaemon(true);
    reader.start();
    return events;
  }

  /** The next event about {@code id}, skipping others. */
  private static String next(BlockingQueue<String> events, String id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      String event = events.poll(200, TimeUnit.MILLISECONDS);
      if (event != null && event.contains(id)) {
        return event;
      }
    }
    throw new AssertionError("no event about " + id);
  }
}
