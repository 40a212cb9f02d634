package io.storageintegrations.chaos.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of another JVM: {@code jcmd GC.run} (a full collection), then the used heap from
 * {@code jcmd GC.heap_info}, summed over its generations or regions.
 */
final class HeapAfterGc {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private HeapAfterGc() {}

  static long megabytes(long pid) {
    jcmd(pid, "GC.run");
    long usedKb = 0;
    for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
      if (line.contains("Metaspace") || line.contains("class space")) {
        continue;
      }
      Matcher used = USED.matcher(line);
      if (used.find()) {
        usedKb += Long.parseLong(used.group(1));
      }
    }
    return usedKb / 1024;
  }

  private static String jcmd(long pid, String command) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("jcmd " + command + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("jcmd " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
