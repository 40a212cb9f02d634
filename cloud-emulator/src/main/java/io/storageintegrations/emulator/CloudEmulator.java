package io.storageintegrations.emulator;

import io.storageintegrations.emulator.admin.AdminHandler;
import io.storageintegrations.emulator.fault.CallCounters;
import io.storageintegrations.emulator.fault.FaultInjector;
import io.storageintegrations.emulator.oss.OssService;
import io.storageintegrations.emulator.seed.Seed;
import io.storageintegrations.emulator.seed.SeedApplier;
import io.storageintegrations.emulator.seed.SeedLoader;
import io.storageintegrations.emulator.server.EmulatorServer;
import io.storageintegrations.emulator.state.EmulatorClock;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.sts.StsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * STS + OSS + RAM on one loopback port. Start with {@link #start(String)} (a seed location such as
 * {@code classpath:seeds/demo.yaml}) or {@link #builder()}; change state, clock, faults and read
 * counters through the accessors or the admin API at {@link #adminUrl()}.
 */
public final class CloudEmulator implements AutoCloseable {

  /** The demo seed shipped in this jar. */
  public static final String DEMO_SEED = "classpath:seeds/demo.yaml";

  private final EmulatorState state = new EmulatorState();
  private final FaultInjector faults = new FaultInjector();
  private final CallCounters counters = new CallCounters();
  private final EmulatorServer server;

  private CloudEmulator(Builder builder) {
    if (builder.seed != null) {
      SeedApplier.apply(SeedLoader.load(builder.seed), state, builder.seed);
    }
    try {
      server =
          new EmulatorServer(
              new InetSocketAddress(builder.host, builder.port),
              builder.threads,
              new StsService(state),
              new OssService(state),
              new AdminHandler(state, faults, counters),
              faults,
              counters,
              builder.logRequests);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot bind the emulator to " + builder.host + ":" + builder.port, e);
    }
  }

  /** Starts on a free loopback port with the given seed (null for an empty cloud). */
  public static CloudEmulator start(String seedLocation) {
    return builder().seed(seedLocation).start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code 127.0.0.1:<port>}, the form {@code AssumeRoleRequest.setSysEndpoint} takes. */
  public String stsEndpoint() {
    return hostForClients() + ":" + port();
  }

  /** {@code http://127.0.0.1:<port>}, the form {@code OSSClientBuilder.build} takes. */
  public String ossEndpoint() {
    return "http://" + hostForClients() + ":" + port();
  }

  /** Base URL of the JSON admin API (loopback only). */
  public String adminUrl() {
    return "http://" + hostForClients() + ":" + port() + "/_admin";
  }

  public int port() {
    return server.port();
  }

  public EmulatorState state() {
    return state;
  }

  public EmulatorClock clock() {
    return state.clock();
  }

  public FaultInjector faults() {
    return faults;
  }

  public CallCounters counters() {
    return counters;
  }

  /** Merges a seed (YAML or JSON text) into the running emulator. */
  public void applySeed(String text) {
    Seed seed = SeedLoader.parse(text, "inline seed");
    SeedApplier.apply(seed, state, "inline seed");
  }

  /** Clears faults, counters and the clock offset; state is kept. */
  public void resetRuntime() {
    faults.clear();
    counters.reset();
    state.clock().reset();
  }

  private String hostForClients() {
    String host = server.host();
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")
        ? "127.0.0.1"
        : host;
  }

  @Override
  public void close() {
    server.close();
  }

  /** Options for starting an emulator. */
  public static final class Builder {
    private String seed;
    private String host = "127.0.0.1";
    private int port;
    private int threads = Math.max(16, Runtime.getRuntime().availableProcessors() * 8);
    private boolean logRequests;

    private Builder() {}

    /** A seed location: {@code classpath:...} or a file path; null for none. */
    public Builder seed(String location) {
      this.seed = location;
      return this;
    }

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** 0 (the default) picks a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** One INFO line per request on logger {@code io.storageintegrations.emulator.requests}. */
    public Builder logRequests(boolean logRequests) {
      this.logRequests = logRequests;
      return this;
    }

    public CloudEmulator start() {
      return new CloudEmulator(this);
    }
  }
}
