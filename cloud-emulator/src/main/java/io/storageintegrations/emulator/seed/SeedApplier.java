package io.storageintegrations.emulator.seed;

import io.storageintegrations.emulator.ram.Policy;
import io.storageintegrations.emulator.ram.PolicyGrammarException;
import io.storageintegrations.emulator.ram.PolicyParser;
import io.storageintegrations.emulator.state.AccessKey;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.EmulatorSettings;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.KeyStatus;
import io.storageintegrations.emulator.state.StoredObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Adds a seed to the state (merging with what is there), checking each field and naming it, e.g.
 * {@code accounts[1].roles[0].policies[2]: no policy 'ReadOnly' ...}.
 */
public final class SeedApplier {

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{4,32}");
  private static final Pattern NAME = Pattern.compile("[\\w.@+=,-]{1,64}");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
  private static final Pattern REGION = Pattern.compile("[a-z]{2,3}(-[a-z0-9]+)+");

  private SeedApplier() {}

  public static void apply(Seed seed, EmulatorState state, String source) {
    try {
      settings(seed.settings(), state);
      List<Seed.AccountSeed> accounts = list(seed.accounts());
      Set<String> bucketNames = new HashSet<>();
      for (int i = 0; i < accounts.size(); i++) {
        account(accounts.get(i), "accounts[" + i + "]", state, bucketNames);
      }
    } catch (Located e) {
      throw new SeedException("seed " + source + ": " + e.path + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new SeedException("seed " + source + ": " + e.getMessage(), e);
    }
  }

  private static void settings(Seed.Settings s, EmulatorState state) {
    if (s == null) {
      return;
    }
    EmulatorSettings d = state.settings();
    EmulatorSettings merged =
        new EmulatorSettings(
            s.assumeRoleRatePerSecond() != null
                ? s.assumeRoleRatePerSecond()
                : d.assumeRoleRatePerSecond(),
            s.maxClockSkewSeconds() != null
                ? Duration.ofSeconds(s.maxClockSkewSeconds())
                : d.maxClockSkew(),
            s.maxObjectBytes() != null ? s.maxObjectBytes() : d.maxObjectBytes(),
            s.maxTotalBytes() != null ? s.maxTotalBytes() : d.maxTotalBytes(),
            s.maxSessions() != null ? s.maxSessions() : d.maxSessions(),
            s.defaultRegion() != null ? s.defaultRegion() : d.defaultRegion());
    if (!REGION.matcher(merged.defaultRegion()).matches()) {
      throw new Located(
          "settings.defaultRegion",
          "'" + merged.defaultRegion() + "' is not a region ID like cn-hangzhou");
    }
    state.settings(merged);
  }

  private static void account(
      Seed.AccountSeed a, String at, EmulatorState state, Set<String> bucketNames) {
    String uid = required(a.id(), at + ".id");
    if (!ACCOUNT_ID.matcher(uid).matches()) {
      throw new Located(
          at + ".id", "'" + uid + "' is not an account ID (digits, e.g. 1000000000000001)");
    }
    state.putAccount(uid, a.name() == null ? uid : a.name());
    List<Seed.KeySeed> rootKeys = list(a.rootKeys());
    for (int i = 0; i < rootKeys.size(); i++) {
      key(rootKeys.get(i), at + ".rootKeys[" + i + "]", uid, null, state);
    }
    List<Seed.PolicySeed> policies = list(a.policies());
    for (int i = 0; i < policies.size(); i++) {
      String p = at + ".policies[" + i + "]";
      Seed.PolicySeed policy = policies.get(i);
      name(policy.name(), p + ".name");
      state.putPolicy(uid, policy.name(), policy(policy.document(), p + ".document"));
    }
    List<Seed.UserSeed> users = list(a.users());
    for (int i = 0; i < users.size(); i++) {
      String p = at + ".users[" + i + "]";
      Seed.UserSeed user = users.get(i);
      name(user.name(), p + ".name");
      List<String> names = list(user.policies());
      checkPolicies(state, uid, names, p + ".policies");
      state.putUser(uid, user.name(), names);
      List<Seed.KeySeed> keys = list(user.keys());
      for (int k = 0; k < keys.size(); k++) {
        key(keys.get(k), p + ".keys[" + k + "]", uid, user.name(), state);
      }
    }
    List<Seed.RoleSeed> roles = list(a.roles());
    for (int i = 0; i < roles.size(); i++) {
      String p = at + ".roles[" + i + "]";
      Seed.RoleSeed role = roles.get(i);
      name(role.name(), p + ".name");
      Policy trust = policy(role.trust(), p + ".trust");
      int max = role.maxSessionDuration() == null ? 3600 : role.maxSessionDuration();
      if (max < 900 || max > 43200) {
        throw new Located(p + ".maxSessionDuration", max + " is outside 900..43200 seconds");
      }
      List<String> names = list(role.policies());
      checkPolicies(state, uid, names, p + ".policies");
      state.putRole(uid, role.name(), trust, max, names);
    }
    List<Seed.BucketSeed> buckets = list(a.buckets());
    for (int i = 0; i < buckets.size(); i++) {
      bucket(buckets.get(i), at + ".buckets[" + i + "]", uid, state, bucketNames);
    }
  }

  private static void bucket(
      Seed.BucketSeed b, String at, String uid, EmulatorState state, Set<String> names) {
    String name = required(b.name(), at + ".name");
    if (!BUCKET.matcher(name).matches()) {
      throw new Located(
          at + ".name", "'" + name + "' is not a valid bucket name (3-63 of a-z, 0-9, '-')");
    }
    if (!names.add(name)) {
      throw new Located(
          at + ".name", "bucket '" + name + "' is declared twice (bucket names are global)");
    }
    String region =
        b.region() == null
            ? state.settings().defaultRegion()
            : b.region().replaceFirst("^oss-", "");
    if (!REGION.matcher(region).matches()) {
      throw new Located(at + ".region", "'" + b.region() + "' is not a region ID like cn-hangzhou");
    }
    Bucket bucket = state.putBucket(name, uid, region);
    List<Seed.ObjectSeed> objects = list(b.objects());
    for (int i = 0; i < objects.size(); i++) {
      Seed.ObjectSeed o = objects.get(i);
      String key = required(o.key(), at + ".objects[" + i + "].key");
      byte[] data = (o.content() == null ? "" : o.content()).getBytes(StandardCharsets.UTF_8);
      String etag = md5Hex(data);
      state.putObject(
          bucket,
          new StoredObject(
              key,
              data,
              o.contentType() == null ? "text/plain" : o.contentType(),
              etag,
              state.clock().now()));
    }
  }

  private static void key(Seed.KeySeed k, String at, String uid, String user, EmulatorState state) {
    String id = required(k.id(), at + ".id");
    String secret = required(k.secret(), at + ".secret");
    if (id.startsWith("STS.")) {
      throw new Located(at + ".id", "long-term keys must not start with 'STS.'");
    }
    AccessKey existing = state.accessKey(id);
    if (existing != null
        && !(uid.equals(existing.accountUid())
            && java.util.Objects.equals(user, existing.userName()))) {
      throw new Located(at + ".id", "AccessKey '" + id + "' already belongs to another identity");
    }
    state.putAccessKey(
        new AccessKey(id, secret, uid, user, k.status() == null ? KeyStatus.Active : k.status()));
  }

  private static void checkPolicies(
      EmulatorState state, String uid, List<String> names, String at) {
    for (int i = 0; i < names.size(); i++) {
      if (state.policy(uid, names.get(i)) == null) {
        throw new Located(
            at + "[" + i + "]",
            "no policy '"
                + names.get(i)
                + "' in this account (declare it under policies, or use a system"
                + " policy: AliyunSTSAssumeRoleAccess, AliyunOSSFullAccess, AliyunOSSReadOnlyAccess,"
                + " AdministratorAccess)");
      }
    }
  }

  private static Policy policy(JsonNode document, String at) {
    if (document == null || document.isNull()) {
      throw new Located(at, "is required");
    }
    try {
      return document.isString()
          ? PolicyParser.parse(document.asString())
          : PolicyParser.parse(document);
    } catch (PolicyGrammarException e) {
      throw new Located(at, e.getMessage());
    }
  }

  private static String required(String value, String at) {
    if (value == null || value.isBlank()) {
      throw new Located(at, "is required");
    }
    return value;
  }

  private static void name(String value, String at) {
    required(value, at);
    if (!NAME.matcher(value).matches()) {
      throw new Located(
          at, "'" + value + "' is not a valid RAM name (1-64 of letters, digits, . @ - _ + = ,)");
    }
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  static String md5Hex(byte[] data) {
    try {
      byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(data);
      StringBuilder out = new StringBuilder();
      for (byte b : md5) {
        out.append(String.format(Locale.ROOT, "%02X", b));
      }
      return out.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A problem at a path in the seed document. */
  private static final class Located extends RuntimeException {
    final String path;

    Located(String path, String message) {
      super(message, null, false, false);
      this.path = path;
    }
  }
}
