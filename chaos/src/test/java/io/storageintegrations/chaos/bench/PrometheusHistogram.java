package io.storageintegrations.chaos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timer's histogram as another process's {@code /actuator/prometheus} shows it, so a phase can
 * be taken apart from outside: the difference of two scrapes is what the phase recorded. Quantiles
 * are the upper bound of the bucket they fall in (Micrometer's buckets are 10–25 % apart).
 */
record PrometheusHistogram(long count, double sumSeconds, NavigableMap<Double, Long> buckets) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  /** Scrapes {@code name} (a timer, in seconds) whose series has every one of {@code labels}. */
  static PrometheusHistogram scrape(String actuator, String name, Map<String, String> labels)
      throws IOException, InterruptedException {
    String text =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(actuator + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    long count = 0;
    double sum = 0;
    NavigableMap<Double, Long> buckets = new TreeMap<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith(name + "_") || !labels.entrySet().stream().allMatch(l -> has(line, l))) {
        continue;
      }
      double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      int labelsOrValue = line.indexOf('{') > 0 ? line.indexOf('{') : line.indexOf(' ');
      String series = line.substring(name.length() + 1, labelsOrValue);
      // several series may carry the labels asked for (other tags differ): they add up
      switch (series) {
        case "seconds_count" -> count += (long) value;
        case "seconds_sum" -> sum += value;
        case "seconds_bucket" -> buckets.merge(upperBound(line), (long) value, Long::sum);
        default -> {}
      }
    }
    return new PrometheusHistogram(count, sum, buckets);
  }

  PrometheusHistogram minus(PrometheusHistogram earlier) {
    NavigableMap<Double, Long> difference = new TreeMap<>();
    buckets.forEach((le, n) -> difference.put(le, n - earlier.buckets.getOrDefault(le, 0L)));
    return new PrometheusHistogram(
        count - earlier.count, sumSeconds - earlier.sumSeconds, difference);
  }

  double meanMillis() {
    return count == 0 ? 0 : sumSeconds * 1000 / count;
  }

  /** The upper bound, in ms, of the bucket holding quantile {@code q}; buckets are cumulative. */
  double quantileMillis(double q) {
    double wanted = Math.ceil(q * count);
    for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
      if (bucket.getValue() >= wanted) {
        return bucket.getKey() * 1000;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private static boolean has(String line, Map.Entry<String, String> label) {
    return line.contains(label.getKey() + "=\"" + label.getValue() + "\"");
  }

  private static double upperBound(String line) {
    Matcher le = LE.matcher(line);
    if (!le.find()) {
      throw new IllegalStateException("a bucket without le: " + line);
    }
    return le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
  }
}
