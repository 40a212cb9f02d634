package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.Crc64;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.Ids;
import io.storageintegrations.emulator.state.StoredObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multipart upload: Initiate, UploadPart, Complete (parts ascending, known ETags, all but the last
 * at least 100 KB), Abort, ListParts. Uploads live in memory until completed or aborted.
 */
final class MultipartOperations {

  static final int MIN_PART_BYTES = 100 * 1024;
  private static final int MAX_PART_NUMBER = 10_000;
  private static final Pattern PART =
      Pattern.compile(
          "<Part>\\s*<PartNumber>\\s*(\\d+)\\s*</PartNumber>\\s*<ETag>\\s*([^<]*?)\\s*</ETag>\\s*</Part>");
  private static final String XML = "application/xml";
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final EmulatorState state;
  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

  MultipartOperations(EmulatorState state) {
    this.state = state;
  }

  /** Uploads of a bucket in progress (ListMultipartUploads reads them). */
  List<Upload> uploadsOf(String bucket) {
    List<Upload> of = new ArrayList<>();
    for (Upload upload : uploads.values()) {
      if (upload.bucket().equals(bucket)) {
        of.add(upload);
      }
    }
    return of;
  }

  Reply initiate(Request request, Bucket bucket, String key) {
    String type = request.header("Content-Type");
    Upload upload =
        new Upload(
            bucket.name(),
            key,
            Ids.hex(32),
            type == null ? "application/octet-stream" : type,
            state.clock().now());
    uploads.put(upload.uploadId(), upload);
    boolean url = "url".equals(request.query().get("encoding-type"));
    return Reply.of(
        200,
        "OK",
        XML,
        PROLOG
            + "<InitiateMultipartUploadResult><Bucket>"
            + bucket.name()
            + "</Bucket><Key>"
            + Listing.enc(key, url)
            + "</Key><UploadId>"
            + upload.uploadId()
            + "</UploadId>"
            + (url ? "<EncodingType>url</EncodingType>" : "")
            + "</InitiateMultipartUploadResult>");
  }

  Reply uploadPart(Request request, Bucket bucket, String key) {
    Upload upload = upload(request, bucket, key);
    int number = partNumber(request.query().get("partNumber"));
    byte[] data = request.body(state.settings().maxObjectBytes());
    if (data == null) {
      throw new OssException(OssError.ENTITY_TOO_LARGE)
          .with("MaxSizeAllowed", Long.toString(state.settings().maxObjectBytes()));
    }
    byte[] md5 = ObjectOperations.checkedMd5(request, data);
    String etag = Hmac.hex(md5).toUpperCase(Locale.ROOT);
    Upload.Part part =
        new Upload.Part(number, data, md5, etag, Crc64.of(data), state.clock().now());
    upload.parts().put(number, part);
    return Reply.empty(200, "OK")
        .header("ETag", "\"" + etag + "\"")
        .header("x-oss-hash-crc64ecma", part.crc64())
        .header("Content-MD5", Base64.getEncoder().encodeToString(md5));
  }

  Reply complete(Request request, Bucket bucket, String key) {
    Upload upload = upload(request, bucket, key);
    byte[] body = request.body(1 << 20);
    List<Upload.Part> chosen = new ArrayList<>();
    if ("yes".equalsIgnoreCase(request.header("x-oss-complete-all"))
        && (body == null || body.length == 0)) {
      chosen.addAll(upload.parts().values());
    } else {
      chosen.addAll(listed(upload, body));
    }
    if (chosen.isEmpty()) {
      throw new OssException(OssError.MALFORMED_XML);
    }
    for (int i = 0; i < chosen.size() - 1; i++) {
      if (chosen.get(i).data().length < MIN_PART_BYTES) {
        throw new OssException(OssError.ENTITY_TOO_SMALL)
            .with("PartNumber", Integer.toString(chosen.get(i).number()))
            .with("MinSizeAllowed", Integer.toString(MIN_PART_BYTES));
      }
    }
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    ByteArrayOutputStream md5s = new ByteArrayOutputStream();
    for (Upload.Part part : chosen) {
      joined.writeBytes(part.data());
      md5s.writeBytes(part.md5());
    }
    if (joined.size() > state.settings().maxObjectBytes()) {
      throw new OssException(OssError.ENTITY_TOO_LARGE)
          .with("MaxSizeAllowed", Long.toString(state.settings().maxObjectBytes()));
    }
    String etag =
        Hmac.hex(Hmac.md5(md5s.toByteArray())).toUpperCase(Locale.ROOT) + "-" + chosen.size();
    StoredObject object =
        new StoredObject(
            key, joined.toByteArray(), upload.contentType(), etag, state.clock().now());
    if (!state.putObject(bucket, object)) {
      throw new OssException(
          OssError.INTERNAL,
          "The emulator's object store is full (maxTotalBytes); delete objects or raise the limit.");
    }
    uploads.remove(upload.uploadId());
    boolean url = "url".equals(request.query().get("encoding-type"));
    return Reply.of(
            200,
            "OK",
            XML,
            PROLOG
                + "<CompleteMultipartUploadResult>"
                + (url ? "<EncodingType>url</EncodingType>" : "")
                + "<Location>http://"
                + bucket.name()
                + ".oss-"
                + bucket.region()
                + ".aliyuncs.com/"
                + Listing.enc(key, url)
                + "</Location><Bucket>"
                + bucket.name()
                + "</Bucket><Key>"
                + Listing.enc(key, url)
                + "</Key><ETag>\""
                + etag
                + "\"</ETag></CompleteMultipartUploadResult>")
        .header("ETag", "\"" + etag + "\"")
        .header("x-oss-hash-crc64ecma", object.crc64());
  }

  Reply abort(Request request, Bucket bucket, String key) {
    uploads.remove(upload(request, bucket, key).uploadId());
    return Reply.empty(204, "OK");
  }

  Reply listParts(Request request, Bucket bucket, String key) {
    Upload upload = upload(request, bucket, key);
    int max = Listing.intArgument(request.query().get("max-parts"), "max-parts", 1000, 1000);
    int marker =
        Listing.intArgument(
            request.query().get("part-number-marker"), "part-number-marker", 0, MAX_PART_NUMBER);
    boolean url = "url".equals(request.query().get("encoding-type"));
    StringBuilder xml =
        new StringBuilder(PROLOG)
            .append("<ListPartsResult><Bucket>")
            .append(bucket.name())
            .append("</Bucket><Key>")
            .append(Listing.enc(key, url))
            .append("</Key><UploadId>")
            .append(upload.uploadId())
            .append("</UploadId><PartNumberMarker>")
            .append(marker)
            .append("</PartNumberMarker>");
    StringBuilder parts = new StringBuilder();
    int count = 0;
    int last = marker;
    boolean truncated = false;
    for (Upload.Part part : upload.parts().tailMap(marker, false).values()) {
      if (count == max) {
        truncated = true;
        break;
      }
      parts
          .append("<Part><PartNumber>")
          .append(part.number())
          .append("</PartNumber><LastModified>")
          .append(Listing.iso(part.modified()))
          .append("</LastModified><ETag>\"")
          .append(part.etag())
          .append("\"</ETag><HashCrc64ecma>")
          .append(part.crc64())
          .append("</HashCrc64ecma><Size>")
          .append(part.data().length)
          .append("</Size></Part>");
      last = part.number();
      count++;
    }
    xml.append("<NextPartNumberMarker>")
        .append(last)
        .append("</NextPartNumberMarker><MaxParts>")
        .append(max)
        .append("</MaxParts><IsTruncated>")
        .append(truncated)
        .append("</IsTruncated>")
        .append(url ? "<EncodingType>url</EncodingType>" : "")
        .append(parts)
        .append("</ListPartsResult>");
    return Reply.of(200, "OK", XML, xml.toString());
  }

  private Upload upload(Request request, Bucket bucket, String key) {
    String id = request.query().get("uploadId");
    Upload upload = id == null ? null : uploads.get(id);
    if (upload == null || !upload.bucket().equals(bucket.name()) || !upload.key().equals(key)) {
      throw new OssException(OssError.NO_SUCH_UPLOAD).with("UploadId", String.valueOf(id));
    }
    return upload;
  }

  private static int partNumber(String raw) {
    try {
      int number = Integer.parseInt(raw);
      if (number >= 1 && number <= MAX_PART_NUMBER) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new OssException(
            OssError.INVALID_ARGUMENT,
            "Part number must be an integer between 1 and 10000, inclusive.")
        .withEc("0017-00000220")
        .with("ArgumentName", "PartNumber")
        .with("ArgumentValue", String.valueOf(raw));
  }

  /** The parts a CompleteMultipartUpload body names, checked against the uploaded ones. */
  private static List<Upload.Part> listed(Upload upload, byte[] body) {
    if (body == null) {
      throw new OssException(OssError.MALFORMED_XML);
    }
    String xml = new String(body, StandardCharsets.UTF_8);
    if (!xml.contains("<CompleteMultipartUpload")) {
      throw new OssException(OssError.MALFORMED_XML);
    }
    Matcher matcher = PART.matcher(xml);
    List<Upload.Part> parts = new ArrayList<>();
    int previous = 0;
    while (matcher.find()) {
      int number;
      try {
        number = Integer.parseInt(matcher.group(1));
      } catch (NumberFormatException e) {
        throw new OssException(OssError.MALFORMED_XML);
      }
      if (number <= previous) {
        throw new OssException(OssError.INVALID_PART_ORDER);
      }
      previous = number;
      String etag = matcher.group(2).replace("&quot;", "").replace("\"", "");
      Upload.Part part = upload.parts().get(number);
      if (part == null
          || !MessageDigest.isEqual(
              part.etag().getBytes(StandardCharsets.UTF_8),
              etag.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
        throw new OssException(OssError.INVALID_PART)
            .with("PartNumber", Integer.toString(number))
            .with("ETag", etag);
      }
      parts.add(part);
    }
    return parts;
  }
}
