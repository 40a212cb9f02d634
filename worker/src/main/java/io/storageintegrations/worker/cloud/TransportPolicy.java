package io.storageintegrations.worker.cloud;

import io.storageintegrations.worker.config.CloudTransportProperties;
import io.storageintegrations.worker.config.OssProperties;
import io.storageintegrations.worker.config.Scheme;
import io.storageintegrations.worker.config.StsProperties;
import java.net.URI;
import java.util.Locale;

/**
 * HTTPS for every STS and OSS endpoint that is not on loopback (or explicitly listed in {@code
 * worker.cloud.insecure-http-hosts}): the platform's signed requests and the STS credentials in the
 * answers must not cross a network in clear. Start-up fails naming the property.
 */
final class TransportPolicy {

  private TransportPolicy() {}

  static void requireSecure(StsProperties sts, CloudTransportProperties transport) {
    String host = hostOf("//" + sts.endpoint());
    if (sts.scheme() == Scheme.HTTP && !mayUseHttp(host, transport)) {
      throw new IllegalStateException(
          "worker.sts.scheme=HTTP is allowed only for a loopback endpoint or a host in"
              + " worker.cloud.insecure-http-hosts; worker.sts.endpoint is '"
              + sts.endpoint()
              + "': use HTTPS");
    }
  }

  static void requireSecure(OssProperties oss, CloudTransportProperties transport) {
    String template = oss.endpointTemplate();
    String host = hostOf(template.replace("{region}", "region"));
    if (template.toLowerCase(Locale.ROOT).startsWith("http://") && !mayUseHttp(host, transport)) {
      throw new IllegalStateException(
          "worker.oss.endpoint-template '"
              + template
              + "' uses http:// for a host that is not loopback and not in"
              + " worker.cloud.insecure-http-hosts: use https://");
    }
  }

  private static boolean mayUseHttp(String host, CloudTransportProperties transport) {
    if (host == null) {
      return false;
    }
    if (host.endsWith(".aliyuncs.com")) {
      return false; // never, whatever the allow-list says
    }
    return isLoopback(host) || transport.insecureHttpHosts().contains(host);
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.equals("::1")
        || h.equals("[::1]")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static String hostOf(String uri) {
    try {
      String host = URI.create(uri).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
