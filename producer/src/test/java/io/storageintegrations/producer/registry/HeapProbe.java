package io.storageintegrations.producer.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Heap after a full GC (jcmd GC.run, then the actuator's heap gauge) and RSS of a process. */
final class HeapProbe {

  private HeapProbe() {}

  /** Megabytes of heap in use after a full GC. */
  static long heapAfterGc(long pid, int managementPort) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process gc = new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").inheritIO().start();
    gc.waitFor(60, TimeUnit.SECONDS);
    String body =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + managementPort
                                + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher value = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)").matcher(body);
    return value.find() ? (long) (Double.parseDouble(value.group(1)) / (1024 * 1024)) : -1;
  }

  static long rssKb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
