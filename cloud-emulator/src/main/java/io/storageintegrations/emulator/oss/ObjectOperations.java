package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.StoredObject;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/** Object-level operations: Put (Content-MD5 checked), Get (with Range), Head, Delete. */
final class ObjectOperations {

  private final EmulatorState state;

  ObjectOperations(EmulatorState state) {
    this.state = state;
  }

  Reply put(Request request, Bucket bucket, String key) {
    byte[] data = request.body(state.settings().maxObjectBytes());
    if (data == null) {
      throw new OssException(OssError.ENTITY_TOO_LARGE)
          .with("MaxSizeAllowed", Long.toString(state.settings().maxObjectBytes()));
    }
    byte[] md5 = checkedMd5(request, data);
    String etag = Hmac.hex(md5).toUpperCase(Locale.ROOT);
    String type = request.header("Content-Type");
    StoredObject object =
        new StoredObject(
            key, data, type == null ? "application/octet-stream" : type, etag, state.clock().now());
    if (!state.putObject(bucket, object)) {
      throw new OssException(
          OssError.INTERNAL,
          "The emulator's object store is full (maxTotalBytes); delete objects or raise the limit.");
    }
    return Reply.empty(200, "OK")
        .header("ETag", "\"" + etag + "\"")
        .header("x-oss-hash-crc64ecma", object.crc64())
        .header("Content-MD5", Base64.getEncoder().encodeToString(md5));
  }

  /** The body's MD5, checked against a Content-MD5 header when there is one. */
  static byte[] checkedMd5(Request request, byte[] data) {
    byte[] md5 = Hmac.md5(data);
    String declared = request.header("Content-MD5");
    if (declared != null) {
      byte[] expected;
      try {
        expected = Base64.getDecoder().decode(declared.trim());
      } catch (IllegalArgumentException e) {
        throw new OssException(OssError.INVALID_DIGEST);
      }
      if (!MessageDigest.isEqual(expected, md5)) {
        throw new OssException(
                OssError.INVALID_DIGEST,
                "The Content-MD5 you specified did not match what we received.")
            .with("CalculatedDigest", Base64.getEncoder().encodeToString(md5));
      }
    }
    return md5;
  }

  Reply get(Request request, Bucket bucket, String key, boolean head) {
    StoredObject object = bucket.objects().get(key);
    if (object == null) {
      throw new OssException(OssError.NO_SUCH_KEY).with("Key", key);
    }
    int length = object.data().length;
    int start = 0;
    int end = length - 1;
    int status = 200;
    String range = head ? null : request.header("Range");
    if (range != null && range.startsWith("bytes=") && range.indexOf(',') < 0) {
      long[] parsed = parseRange(range.substring(6), length);
      if (parsed != null) {
        start = (int) parsed[0];
        end = (int) parsed[1];
        status = 206;
      }
    }
    Reply reply = Reply.slice(status, object.data(), start, Math.max(0, end - start + 1));
    reply
        .header("Content-Type", object.contentType())
        .header("ETag", "\"" + object.etag() + "\"")
        .header(
            "Last-Modified",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(
                object.lastModified().atZone(ZoneOffset.UTC)))
        .header("Accept-Ranges", "bytes")
        .header("x-oss-object-type", "Normal")
        .header("x-oss-hash-crc64ecma", object.crc64())
        .header("x-oss-storage-class", "Standard");
    if (status == 206) {
      reply.header("Content-Range", "bytes " + start + "-" + end + "/" + length);
    }
    return head ? reply.headOnly() : reply;
  }

  /** CopyObject: the source's bytes under a new key; metadata copied unless REPLACE is asked. */
  Reply copy(Request request, Bucket bucket, String key, Bucket sourceBucket, String sourceKey) {
    StoredObject source = sourceBucket.objects().get(sourceKey);
    if (source == null) {
      throw new OssException(OssError.NO_SUCH_KEY).with("Key", sourceKey);
    }
    if (source.data().length > state.settings().maxObjectBytes()) {
      throw new OssException(OssError.ENTITY_TOO_LARGE);
    }
    String type = source.contentType();
    if ("REPLACE".equalsIgnoreCase(request.header("x-oss-metadata-directive"))
        && request.header("Content-Type") != null) {
      type = request.header("Content-Type");
    }
    StoredObject copy =
        new StoredObject(
            key, source.data(), type, source.etag(), source.crc64(), state.clock().now());
    if (!state.putObject(bucket, copy)) {
      throw new OssException(
          OssError.INTERNAL,
          "The emulator's object store is full (maxTotalBytes); delete objects or raise the limit.");
    }
    return Reply.of(
            200,
            "OK",
            "application/xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CopyObjectResult><ETag>\""
                + copy.etag()
                + "\"</ETag><LastModified>"
                + Listing.iso(copy.lastModified())
                + "</LastModified></CopyObjectResult>")
        .header("ETag", "\"" + copy.etag() + "\"")
        .header("x-oss-hash-crc64ecma", copy.crc64());
  }

  Reply delete(Bucket bucket, String key) {
    state.removeObject(bucket, key);
    return Reply.empty(204, "OK");
  }

  /** [start, end] inclusive; null means "ignore the header" (OSS serves the whole object). */
  private static long[] parseRange(String spec, int length) {
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String first = spec.substring(0, dash).trim();
      String last = spec.substring(dash + 1).trim();
      if (first.isEmpty()) {
        long suffix = Long.parseLong(last);
        if (suffix <= 0) {
          return null;
        }
        return new long[] {Math.max(0, length - suffix), length - 1};
      }
      long start = Long.parseLong(first);
      long end = last.isEmpty() ? length - 1 : Math.min(Long.parseLong(last), length - 1);
      if (start >= length) {
        throw new OssException(OssError.INVALID_RANGE);
      }
      return end < start ? null : new long[] {start, end};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
