package io.storageintegrations.emulator.state;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A bucket: owner account, region (e.g. {@code cn-hangzhou}), creation time and its objects sorted
 * by key.
 */
public record Bucket(
    String name,
    String ownerUid,
    String region,
    Instant created,
    NavigableMap<String, StoredObject> objects) {

  public Bucket(String name, String ownerUid, String region, Instant created) {
    this(name, ownerUid, region, created, new ConcurrentSkipListMap<>());
  }

  public String arn() {
    return "acs:oss:" + region + ":" + ownerUid + ":" + name;
  }

  public String objectArn(String key) {
    return arn() + "/" + key;
  }
}
