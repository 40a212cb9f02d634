package io.storageintegrations.emulator.oss;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A multipart upload in progress: its parts by number, each replacing an earlier one. */
record Upload(
    String bucket,
    String key,
    String uploadId,
    String contentType,
    Instant initiated,
    NavigableMap<Integer, Part> parts) {

  Upload(String bucket, String key, String uploadId, String contentType, Instant initiated) {
    this(bucket, key, uploadId, contentType, initiated, new ConcurrentSkipListMap<>());
  }

  /** One uploaded part; {@code etag} is the upper-case hex MD5, as UploadPart answers it. */
  record Part(int number, byte[] data, byte[] md5, String etag, String crc64, Instant modified) {}
}
