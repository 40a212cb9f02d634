package io.storageintegrations.emulator.bench;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.OSSObject;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import io.storageintegrations.emulator.CloudEmulator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives an embedded emulator with the real SDK clients over loopback and prints requests/s and
 * latency percentiles per operation. Run: {@code ./mvnw -q -pl cloud-emulator test-compile
 * exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.storageintegrations.emulator.bench.EmulatorBenchmark [-Dexec.args="--seconds
 * 10 --threads 8"]}.
 */
public final class EmulatorBenchmark {

  private static final String ROLE = "acs:ram::2000000000000001:role/si-rw";
  private static final String EXTERNAL_ID = "si-ext-acme-rw-6f1c0b7d2e9a4c35";
  private static final String BUCKET = "acme-exports";

  /** One benchmarked call. */
  private interface Call {
    void run(int thread, long i) throws Exception;
  }

  private record Row(
      String operation,
      int threads,
      long requests,
      long errors,
      double perSecond,
      Histogram latency) {}

  private EmulatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = intArg(args, "--seconds", 10);
    int threads = intArg(args, "--threads", 8);
    int size = intArg(args, "--size", 1024);
    try (CloudEmulator emulator = CloudEmulator.start(CloudEmulator.DEMO_SEED)) {
      emulator.state().settings(emulator.state().settings().withAssumeRoleRatePerSecond(0));
      DefaultAcsClient sts =
          new DefaultAcsClient(
              DefaultProfile.getProfile(
                  "cn-hangzhou", "LTAI5tPlatformValidator01", "PlatformValidatorSecret0000001"));
      AssumeRoleResponse.Credentials creds = sts.getAcsResponse(assume(emulator)).getCredentials();
      byte[] payload = new byte[size];
      List<Row> rows = new ArrayList<>();
      rows.add(
          measure(
              "sts:AssumeRole", threads, seconds, (t, i) -> sts.getAcsResponse(assume(emulator))));
      for (SignVersion version : List.of(SignVersion.V4, SignVersion.V1)) {
        OSS oss = oss(emulator, creds, version, threads);
        rows.add(
            measure(
                "oss:PutObject " + size + " B " + version,
                threads,
                seconds,
                (t, i) ->
                    oss.putObject(
                        BUCKET,
                        "bench/" + t + "/" + (i % 100),
                        new ByteArrayInputStream(payload))));
        rows.add(
            measure(
                "oss:GetObject " + size + " B " + version,
                threads,
                seconds,
                (t, i) -> {
                  try (OSSObject object = oss.getObject(BUCKET, "bench/" + t + "/" + (i % 100))) {
                    object.getObjectContent().readAllBytes();
                  }
                }));
        oss.shutdown();
      }
      print(rows, seconds);
    }
  }

  private static AssumeRoleRequest assume(CloudEmulator emulator) {
    AssumeRoleRequest request = new AssumeRoleRequest();
    request.setSysEndpoint(emulator.stsEndpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysMethod(MethodType.POST);
    request.setRoleArn(ROLE);
    request.setRoleSessionName("si-bench");
    request.setExternalId(EXTERNAL_ID);
    request.setDurationSeconds(3600L);
    return request;
  }

  private static OSS oss(
      CloudEmulator emulator,
      AssumeRoleResponse.Credentials creds,
      SignVersion version,
      int threads) {
    ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
    conf.setSignatureVersion(version);
    conf.setMaxErrorRetry(0);
    conf.setMaxConnections(threads * 2);
    return OSSClientBuilder.create()
        .endpoint(emulator.ossEndpoint())
        .credentialsProvider(
            new DefaultCredentialProvider(
                creds.getAccessKeyId(), creds.getAccessKeySecret(), creds.getSecurityToken()))
        .clientConfiguration(conf)
        .region("cn-hangzhou")
        .build();
  }

  private static Row measure(String name, int threads, int seconds, Call call)
      throws InterruptedException {
    run(call, threads, Math.max(1, seconds / 5), new Recorder(3), new AtomicLong()); // warm-up
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    run(call, threads, seconds, recorder, errors);
    double elapsed = (System.nanoTime() - started) / 1e9;
    Histogram histogram = recorder.getIntervalHistogram();
    long total = histogram.getTotalCount();
    return new Row(name, threads, total, errors.get(), total / elapsed, histogram);
  }

  private static void run(Call call, int threads, int seconds, Recorder recorder, AtomicLong errors)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker =
          new Thread(
              () -> {
                long i = 0;
                while (System.nanoTime() < deadline) {
                  long start = System.nanoTime();
                  try {
                    call.run(thread, i++);
                    recorder.recordValue((System.nanoTime() - start) / 1_000);
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                }
                done.countDown();
              },
              "bench-" + t);
      worker.start();
    }
    done.await();
  }

  private static void print(List<Row> rows, int seconds) {
    System.out.printf(
        "%nEmulator benchmark: %d s per operation, %d cores, loopback, real SDK clients%n%n",
        seconds, Runtime.getRuntime().availableProcessors());
    System.out.println("| operation | threads | requests | errors | req/s | p50 ms | p99 ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Row row : rows) {
      System.out.printf(
          "| %s | %d | %d | %d | %.0f | %.2f | %.2f |%n",
          row.operation(),
          row.threads(),
          row.requests(),
          row.errors(),
          row.perSecond(),
          row.latency().getValueAtPercentile(50) / 1000.0,
          row.latency().getValueAtPercentile(99) / 1000.0);
    }
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
