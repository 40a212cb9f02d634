package io.storageintegrations.model.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Region IDs the platform supports, and the normalisation of the three spellings customers use:
 * {@code cn-hangzhou} (region ID), {@code oss-cn-hangzhou} (OSS region ID) and {@code
 * ali-cn-hangzhou}.
 */
public final class Regions {

  /** Regions with OSS gateway endpoints (reference/aliyun.md §3.3). */
  public static final List<String> ALLOWED =
      List.of(
          "cn-hangzhou",
          "cn-shanghai",
          "cn-qingdao",
          "cn-beijing",
          "cn-zhangjiakou",
          "cn-huhehaote",
          "cn-wulanchabu",
          "cn-shenzhen",
          "cn-heyuan",
          "cn-guangzhou",
          "cn-chengdu",
          "cn-hongkong",
          "us-west-1",
          "us-east-1",
          "ap-northeast-1",
          "ap-southeast-1",
          "ap-southeast-3",
          "ap-southeast-5",
          "eu-central-1",
          "eu-west-1",
          "me-east-1");

  private Regions() {}

  /**
   * The plain region ID: trimmed, lower case, without an {@code oss-} or {@code ali-} prefix. Not
   * checked against the allow-list; null stays null.
   */
  public static String normalize(String region) {
    if (region == null) {
      return null;
    }
    String id = region.trim().toLowerCase(Locale.ROOT);
    for (String prefix : List.of("oss-", "ali-")) {
      if (id.startsWith(prefix)) {
        return id.substring(prefix.length());
      }
    }
    return id;
  }

  /** The normalised region if it is in the allow-list. */
  public static Optional<String> allowed(String region) {
    String id = normalize(region);
    return ALLOWED.contains(id) ? Optional.of(id) : Optional.empty();
  }

  public static boolean isAllowed(String region) {
    return allowed(region).isPresent();
  }

  /** The OSS region ID, as GetBucketLocation answers it: {@code oss-cn-hangzhou}. */
  public static String ossRegionId(String region) {
    return "oss-" + normalize(region);
  }

  /** Whether two spellings name the same region. */
  public static boolean same(String a, String b) {
    return a != null && b != null && normalize(a).equals(normalize(b));
  }
}
