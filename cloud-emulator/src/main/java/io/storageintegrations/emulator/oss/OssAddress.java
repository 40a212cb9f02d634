package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Percent;
import io.storageintegrations.emulator.server.Request;
import java.util.Locale;

/**
 * Where a request points: bucket and key, from a virtual-hosted {@code Host} ({@code
 * <bucket>.oss-<region>.aliyuncs.com}, what ali-oss sends to an IP endpoint) or else from the path
 * ({@code /<bucket>/<key>}, what the Java SDKs send to an IP endpoint). Both are signed as {@code
 * /<bucket>/<key>}.
 */
record OssAddress(String bucket, String key) {

  static OssAddress of(Request request) {
    String path = request.rawPath();
    String hostBucket = hostBucket(request.header("Host"));
    if (hostBucket != null) {
      String rawKey = path.startsWith("/") ? path.substring(1) : path;
      return new OssAddress(hostBucket, rawKey.isEmpty() ? null : Percent.decode(rawKey, false));
    }
    if (path.isEmpty() || path.equals("/")) {
      return new OssAddress(null, null);
    }
    int slash = path.indexOf('/', 1);
    String bucket = Percent.decode(slash < 0 ? path.substring(1) : path.substring(1, slash), false);
    String rawKey = slash < 0 ? "" : path.substring(slash + 1);
    return new OssAddress(bucket, rawKey.isEmpty() ? null : Percent.decode(rawKey, false));
  }

  /**
   * The bucket label of {@code <bucket>.oss-<region>[-internal].aliyuncs.com} or {@code
   * <bucket>.localhost}; null for an IP, a plain host name or a service endpoint.
   */
  static String hostBucket(String host) {
    if (host == null) {
      return null;
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > 0 && name.indexOf(']') < colon) {
      name = name.substring(0, colon);
    }
    int dot = name.indexOf('.');
    if (dot <= 0) {
      return null;
    }
    String rest = name.substring(dot + 1);
    boolean ossDomain = rest.startsWith("oss") && rest.endsWith(".aliyuncs.com");
    if (!ossDomain && !rest.equals("localhost")) {
      return null;
    }
    return name.substring(0, dot);
  }
}
