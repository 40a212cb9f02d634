package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.state.Bucket;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** ListMultipartUploads: uploads in progress by key then upload ID, with prefix and markers. */
final class UploadListing {

  private UploadListing() {}

  static Reply list(Bucket bucket, Map<String, String> query, List<Upload> uploads) {
    String prefix = query.getOrDefault("prefix", "");
    String keyMarker = query.getOrDefault("key-marker", "");
    String idMarker = query.getOrDefault("upload-id-marker", "");
    int max = Listing.intArgument(query.get("max-uploads"), "max-uploads", 1000, 1000);
    boolean url = "url".equals(query.get("encoding-type"));
    uploads.sort(Comparator.comparing(Upload::key).thenComparing(Upload::uploadId));
    StringBuilder entries = new StringBuilder();
    int count = 0;
    Upload last = null;
    boolean truncated = false;
    for (Upload upload : uploads) {
      if (!upload.key().startsWith(prefix) || !after(upload, keyMarker, idMarker)) {
        continue;
      }
      if (count == max) {
        truncated = true;
        break;
      }
      entries
          .append("<Upload><Key>")
          .append(Listing.enc(upload.key(), url))
          .append("</Key><UploadId>")
          .append(upload.uploadId())
          .append("</UploadId><StorageClass>Standard</StorageClass><Initiated>")
          .append(Listing.iso(upload.initiated()))
          .append("</Initiated></Upload>");
      last = upload;
      count++;
    }
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<ListMultipartUploadsResult><Bucket>")
            .append(bucket.name())
            .append("</Bucket><KeyMarker>")
            .append(Listing.enc(keyMarker, url))
            .append("</KeyMarker><UploadIdMarker>")
            .append(idMarker)
            .append("</UploadIdMarker><NextKeyMarker>")
            .append(truncated ? Listing.enc(last.key(), url) : "")
            .append("</NextKeyMarker><NextUploadIdMarker>")
            .append(truncated ? last.uploadId() : "")
            .append("</NextUploadIdMarker><Delimiter></Delimiter><Prefix>")
            .append(Listing.enc(prefix, url))
            .append("</Prefix><MaxUploads>")
            .append(max)
            .append("</MaxUploads><IsTruncated>")
            .append(truncated)
            .append("</IsTruncated>")
            .append(url ? "<EncodingType>url</EncodingType>" : "")
            .append(entries)
            .append("</ListMultipartUploadsResult>");
    return Reply.of(200, "OK", "application/xml", xml.toString());
  }

  private static boolean after(Upload upload, String keyMarker, String idMarker) {
    int byKey = upload.key().compareTo(keyMarker);
    if (keyMarker.isEmpty() || byKey > 0) {
      return true;
    }
    return byKey == 0 && !idMarker.isEmpty() && upload.uploadId().compareTo(idMarker) > 0;
  }
}
