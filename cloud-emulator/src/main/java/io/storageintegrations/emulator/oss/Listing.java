package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Text;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.StoredObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.NavigableMap;

/**
 * ListObjects v1 and v2: prefix, delimiter, max-keys, marker / continuation token, url encoding.
 */
final class Listing {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private Listing() {}

  static String list(Bucket bucket, Map<String, String> query) {
    boolean v2 = "2".equals(query.get("list-type"));
    String prefix = query.getOrDefault("prefix", "");
    String delimiter = query.getOrDefault("delimiter", "");
    String encoding = query.get("encoding-type");
    if (encoding != null && !encoding.isEmpty() && !"url".equals(encoding)) {
      throw new OssException(OssError.INVALID_ARGUMENT, "The encoding-type is invalid.")
          .with("ArgumentName", "encoding-type")
          .with("ArgumentValue", encoding);
    }
    boolean url = "url".equals(encoding);
    int maxKeys = maxKeys(query.get("max-keys"));
    String token = v2 ? query.get("continuation-token") : null;
    String startAfter = v2 ? query.get("start-after") : query.get("marker");
    String after = token != null && !token.isEmpty() ? decodeToken(token) : startAfter;

    boolean afterMarker = after != null && after.compareTo(prefix) >= 0;
    NavigableMap<String, StoredObject> view =
        bucket.objects().tailMap(afterMarker ? after : prefix, !afterMarker);
    StringBuilder contents = new StringBuilder();
    StringBuilder prefixes = new StringBuilder();
    int count = 0;
    String last = null;
    String lastPrefix = null;
    boolean truncated = false;
    for (Map.Entry<String, StoredObject> entry : view.entrySet()) {
      String key = entry.getKey();
      if (!key.startsWith(prefix)) {
        break;
      }
      if (!delimiter.isEmpty()) {
        int at = key.indexOf(delimiter, prefix.length());
        if (at >= 0) {
          String common = key.substring(0, at + delimiter.length());
          if (common.equals(lastPrefix) || (afterMarker && common.compareTo(after) <= 0)) {
            continue; // rolled up already, on this page or an earlier one
          }
          if (count == maxKeys) {
            truncated = true;
            break;
          }
          prefixes
              .append("<CommonPrefixes><Prefix>")
              .append(enc(common, url))
              .append("</Prefix></CommonPrefixes>");
          lastPrefix = common;
          last = common;
          count++;
          continue;
        }
      }
      if (count == maxKeys) {
        truncated = true;
        break;
      }
      appendObject(
          contents,
          entry.getValue(),
          bucket.ownerUid(),
          url,
          !v2 || "true".equals(query.get("fetch-owner")));
      last = key;
      count++;
    }
    StringBuilder xml = new StringBuilder(256 + contents.length() + prefixes.length());
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult>");
    xml.append("<Name>").append(bucket.name()).append("</Name>");
    xml.append("<Prefix>").append(enc(prefix, url)).append("</Prefix>");
    if (v2) {
      xml.append("<MaxKeys>").append(maxKeys).append("</MaxKeys>");
      xml.append("<Delimiter>").append(enc(delimiter, url)).append("</Delimiter>");
      if (startAfter != null) {
        xml.append("<StartAfter>").append(enc(startAfter, url)).append("</StartAfter>");
      }
      if (token != null) {
        xml.append("<ContinuationToken>").append(Text.xml(token)).append("</ContinuationToken>");
      }
      if (url) {
        xml.append("<EncodingType>url</EncodingType>");
      }
      xml.append("<IsTruncated>").append(truncated).append("</IsTruncated>");
      xml.append("<KeyCount>").append(count).append("</KeyCount>");
      if (truncated) {
        xml.append("<NextContinuationToken>")
            .append(encodeToken(last))
            .append("</NextContinuationToken>");
      }
    } else {
      xml.append("<Marker>")
          .append(enc(startAfter == null ? "" : startAfter, url))
          .append("</Marker>");
      xml.append("<MaxKeys>").append(maxKeys).append("</MaxKeys>");
      xml.append("<Delimiter>").append(enc(delimiter, url)).append("</Delimiter>");
      if (url) {
        xml.append("<EncodingType>url</EncodingType>");
      }
      xml.append("<IsTruncated>").append(truncated).append("</IsTruncated>");
      if (truncated) {
        xml.append("<NextMarker>").append(enc(last, url)).append("</NextMarker>");
      }
    }
    xml.append(contents).append(prefixes).append("</ListBucketResult>");
    return xml.toString();
  }

  private static void appendObject(
      StringBuilder out, StoredObject o, String owner, boolean url, boolean withOwner) {
    out.append("<Contents><Key>").append(enc(o.key(), url)).append("</Key>");
    out.append("<LastModified>").append(ISO.format(o.lastModified())).append("</LastModified>");
    out.append("<ETag>\"").append(o.etag()).append("\"</ETag><Type>Normal</Type>");
    out.append("<Size>")
        .append(o.data().length)
        .append("</Size><StorageClass>Standard</StorageClass>");
    if (withOwner) {
      out.append("<Owner><ID>")
          .append(owner)
          .append("</ID><DisplayName>")
          .append(owner)
          .append("</DisplayName></Owner>");
    }
    out.append("</Contents>");
  }

  private static int maxKeys(String raw) {
    if (raw == null || raw.isEmpty()) {
      return 100;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= 0 && value <= 1000) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new OssException(
            OssError.INVALID_ARGUMENT, "Argument max-keys must be an integer between 0 and 1000.")
        .with("ArgumentName", "max-keys")
        .with("ArgumentValue", raw);
  }

  static String iso(java.time.Instant instant) {
    return ISO.format(instant);
  }

  /** An optional integer query argument in [0, max]; else InvalidArgument naming it. */
  static int intArgument(String raw, String name, int defaultValue, int max) {
    if (raw == null || raw.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= 0 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new OssException(
            OssError.INVALID_ARGUMENT,
            "Argument " + name + " must be an integer between 0 and " + max + ".")
        .with("ArgumentName", name)
        .with("ArgumentValue", raw);
  }

  static String enc(String value, boolean url) {
    return url
        ? URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
        : Text.xml(value);
  }

  private static String encodeToken(String key) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeToken(String token) {
    try {
      return new String(java.util.Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OssException(
              OssError.INVALID_ARGUMENT, "The continuation token provided is incorrect.")
          .with("ArgumentName", "continuation-token");
    }
  }
}
