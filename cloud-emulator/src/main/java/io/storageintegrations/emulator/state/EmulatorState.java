package io.storageintegrations.emulator.state;

import io.storageintegrations.emulator.ram.Policy;
import io.storageintegrations.emulator.ram.PolicyParser;
import io.storageintegrations.emulator.ram.SystemPolicies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the emulated cloud knows. Reads are lock-free; changes are serialized so that a
 * reference check (e.g. "attach an existing policy") and the write happen together.
 */
public final class EmulatorState {

  private final EmulatorClock clock = new EmulatorClock();
  private volatile EmulatorSettings settings = EmulatorSettings.defaults();
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, Policy> policies = new ConcurrentHashMap<>();
  private final Map<String, RamUser> users = new ConcurrentHashMap<>();
  private final Map<String, AccessKey> keys = new ConcurrentHashMap<>();
  private final Map<String, Role> roles = new ConcurrentHashMap<>();
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Sessions sessions = new Sessions();
  private final AtomicLong storedBytes = new AtomicLong();

  public EmulatorClock clock() {
    return clock;
  }

  public EmulatorSettings settings() {
    return settings;
  }

  public void settings(EmulatorSettings settings) {
    this.settings = settings;
  }

  // ---- accounts, policies, users, keys ----

  public synchronized void putAccount(String uid, String name) {
    accounts.put(uid, new Account(uid, name));
  }

  public Account account(String uid) {
    return accounts.get(uid);
  }

  public Collection<Account> accounts() {
    return List.copyOf(accounts.values());
  }

  public synchronized void putPolicy(String accountUid, String name, Policy policy) {
    requireAccount(accountUid);
    policies.put(accountUid + "/" + name, policy);
  }

  public void putPolicy(String accountUid, String name, String policyJson) {
    putPolicy(accountUid, name, PolicyParser.parse(policyJson));
  }

  /** Removes a custom policy and detaches it everywhere, as RAM requires before deletion. */
  public synchronized void removePolicy(String accountUid, String name) {
    policies.remove(accountUid + "/" + name);
    users.replaceAll((k, u) -> u.accountUid().equals(accountUid) ? without(u, name) : u);
    roles.replaceAll(
        (k, r) ->
            r.accountUid().equals(accountUid) ? r.withPolicies(minus(r.policyNames(), name)) : r);
  }

  public Policy policy(String accountUid, String name) {
    Policy custom = policies.get(accountUid + "/" + name);
    return custom != null ? custom : SystemPolicies.get(name);
  }

  public synchronized void putUser(String accountUid, String name, List<String> policyNames) {
    requireAccount(accountUid);
    policyNames.forEach(p -> requirePolicy(accountUid, p));
    users.put(accountUid + "/" + name, new RamUser(accountUid, name, List.copyOf(policyNames)));
  }

  public RamUser user(String accountUid, String name) {
    return users.get(accountUid + "/" + name);
  }

  public synchronized void removeUser(String accountUid, String name) {
    users.remove(accountUid + "/" + name);
    keys.values().removeIf(k -> accountUid.equals(k.accountUid()) && name.equals(k.userName()));
  }

  public synchronized void attachUserPolicy(String accountUid, String user, String policyName) {
    RamUser existing = requireUser(accountUid, user);
    requirePolicy(accountUid, policyName);
    List<String> names = new ArrayList<>(minus(existing.policyNames(), policyName));
    names.add(policyName);
    users.put(accountUid + "/" + user, new RamUser(accountUid, user, List.copyOf(names)));
  }

  public synchronized void detachUserPolicy(String accountUid, String user, String policyName) {
    users.put(accountUid + "/" + user, without(requireUser(accountUid, user), policyName));
  }

  public synchronized void putAccessKey(AccessKey key) {
    requireAccount(key.accountUid());
    if (key.userName() != null) {
      requireUser(key.accountUid(), key.userName());
    }
    keys.put(key.id(), key);
  }

  public AccessKey accessKey(String id) {
    return keys.get(id);
  }

  public Collection<AccessKey> accessKeys() {
    return List.copyOf(keys.values());
  }

  public synchronized void setKeyStatus(String id, KeyStatus status) {
    AccessKey key = keys.get(id);
    if (key == null) {
      throw new IllegalArgumentException("no AccessKey " + id);
    }
    keys.put(id, new AccessKey(id, key.secret(), key.accountUid(), key.userName(), status));
  }

  public synchronized void removeAccessKey(String id) {
    keys.remove(id);
  }

  // ---- roles ----

  public synchronized void putRole(
      String accountUid, String name, Policy trust, int maxSessionSeconds, List<String> names) {
    requireAccount(accountUid);
    names.forEach(p -> requirePolicy(accountUid, p));
    if (maxSessionSeconds < 900 || maxSessionSeconds > 43200) {
      throw new IllegalArgumentException("maxSessionDuration must be 900..43200 seconds");
    }
    Role existing = role(accountUid, name);
    String roleId = existing != null ? existing.roleId() : Ids.digits(19);
    roles.put(
        roleKey(accountUid, name),
        new Role(accountUid, name, roleId, trust, maxSessionSeconds, List.copyOf(names)));
  }

  public Role role(String accountUid, String name) {
    return roles.get(roleKey(accountUid, name));
  }

  public Collection<Role> roles() {
    return List.copyOf(roles.values());
  }

  public synchronized void removeRole(String accountUid, String name) {
    roles.remove(roleKey(accountUid, name));
  }

  public synchronized void setTrustPolicy(String accountUid, String role, Policy trust) {
    roles.put(roleKey(accountUid, role), requireRole(accountUid, role).withTrust(trust));
  }

  public synchronized void attachRolePolicy(String accountUid, String role, String policyName) {
    Role existing = requireRole(accountUid, role);
    requirePolicy(accountUid, policyName);
    List<String> names = new ArrayList<>(minus(existing.policyNames(), policyName));
    names.add(policyName);
    roles.put(roleKey(accountUid, role), existing.withPolicies(names));
  }

  public synchronized void detachRolePolicy(String accountUid, String role, String policyName) {
    Role existing = requireRole(accountUid, role);
    roles.put(
        roleKey(accountUid, role),
        existing.withPolicies(minus(existing.policyNames(), policyName)));
  }

  // ---- buckets and objects ----

  public synchronized Bucket putBucket(String name, String ownerUid, String region) {
    requireAccount(ownerUid);
    Bucket existing = buckets.get(name);
    if (existing != null && existing.ownerUid().equals(ownerUid)) {
      Bucket moved = new Bucket(name, ownerUid, region, existing.created(), existing.objects());
      buckets.put(name, moved);
      return moved;
    }
    if (existing != null) {
      removeBucket(name);
    }
    Bucket bucket = new Bucket(name, ownerUid, region, clock.now());
    buckets.put(name, bucket);
    return bucket;
  }

  public Bucket bucket(String name) {
    return buckets.get(name);
  }

  public Collection<Bucket> buckets() {
    return List.copyOf(buckets.values());
  }

  public synchronized void removeBucket(String name) {
    Bucket removed = buckets.remove(name);
    if (removed != null) {
      removed.objects().values().forEach(o -> storedBytes.addAndGet(-o.data().length));
    }
  }

  /** Stores an object; false when the store's byte budget would be exceeded. */
  public boolean putObject(Bucket bucket, StoredObject object) {
    long size = object.data().length;
    if (storedBytes.addAndGet(size) > settings.maxTotalBytes()) {
      storedBytes.addAndGet(-size);
      return false;
    }
    StoredObject previous = bucket.objects().put(object.key(), object);
    if (previous != null) {
      storedBytes.addAndGet(-previous.data().length);
    }
    return true;
  }

  public void removeObject(Bucket bucket, String key) {
    StoredObject previous = bucket.objects().remove(key);
    if (previous != null) {
      storedBytes.addAndGet(-previous.data().length);
    }
  }

  public long storedBytes() {
    return storedBytes.get();
  }

  // ---- STS sessions ----

  public void putSession(StsSession session) {
    sessions.put(session, settings.maxSessions(), clock.now());
  }

  public StsSession session(String accessKeyId) {
    return sessions.get(accessKeyId);
  }

  public int sessionCount() {
    return sessions.size();
  }

  // ---- identities ----

  /** The identity behind a long-term key (its status is the caller's business). */
  public Caller callerFor(AccessKey key) {
    return Callers.of(this, key);
  }

  /** The identity behind STS credentials. */
  public Caller callerFor(StsSession session) {
    return Callers.of(this, session);
  }

  public List<Policy> resolve(String accountUid, List<String> names) {
    List<Policy> resolved = new ArrayList<>(names.size());
    for (String name : names) {
      Policy policy = policy(accountUid, name);
      if (policy != null) {
        resolved.add(policy);
      }
    }
    return resolved;
  }

  /** Forgets everything except the clock and settings. */
  public synchronized void clear() {
    accounts.clear();
    policies.clear();
    users.clear();
    keys.clear();
    roles.clear();
    buckets.clear();
    sessions.clear();
    storedBytes.set(0);
  }

  public Map<String, Policy> customPolicies() {
    return Map.copyOf(policies);
  }

  public Collection<RamUser> users() {
    return List.copyOf(users.values());
  }

  private static String roleKey(String accountUid, String name) {
    return accountUid + "/" + name.toLowerCase(Locale.ROOT);
  }

  private void requireAccount(String uid) {
    if (!accounts.containsKey(uid)) {
      throw new IllegalArgumentException("no account " + uid);
    }
  }

  private void requirePolicy(String accountUid, String name) {
    if (policy(accountUid, name) == null) {
      throw new IllegalArgumentException(
          "no policy '" + name + "' in account " + accountUid + " (nor a known system policy)");
    }
  }

  private RamUser requireUser(String accountUid, String name) {
    RamUser user = user(accountUid, name);
    if (user == null) {
      throw new IllegalArgumentException("no RAM user " + name + " in account " + accountUid);
    }
    return user;
  }

  private Role requireRole(String accountUid, String name) {
    Role role = role(accountUid, name);
    if (role == null) {
      throw new IllegalArgumentException("no role " + name + " in account " + accountUid);
    }
    return role;
  }

  private static RamUser without(RamUser user, String policyName) {
    return new RamUser(user.accountUid(), user.name(), minus(user.policyNames(), policyName));
  }

  private static List<String> minus(List<String> names, String name) {
    return names.stream().filter(n -> !n.equals(name)).toList();
  }
}
