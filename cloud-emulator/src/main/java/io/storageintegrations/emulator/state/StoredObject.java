package io.storageintegrations.emulator.state;

import java.time.Instant;

/**
 * An object held in memory; {@code etag} is the upper-case hex MD5 and {@code crc64} the
 * CRC-64/ECMA as OSS reports them.
 */
public record StoredObject(
    String key, byte[] data, String contentType, String etag, String crc64, Instant lastModified) {

  public StoredObject(
      String key, byte[] data, String contentType, String etag, Instant lastModified) {
    this(key, data, contentType, etag, Crc64.of(data), lastModified);
  }
}
