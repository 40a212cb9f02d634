package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.ClientException;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import io.storageintegrations.emulator.fault.CallCounters;
import io.storageintegrations.emulator.fault.FaultSpec;
import io.storageintegrations.emulator.fault.Latency;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Injected faults as the SDKs experience them, counted per operation and outcome. */
@WithCloudEmulator
class FaultsIT {

  private final CloudEmulator emulator;
  private OSS root;

  FaultsIT(CloudEmulator emulator) {
    this.emulator = emulator;
  }

  @BeforeEach
  void open() {
    root = client(0, 3_000);
    root.putObject("acme-open", "fault.txt", new ByteArrayInputStream(new byte[] {42}));
    emulator.counters().reset();
  }

  @AfterEach
  void close() {
    root.shutdown();
  }

  private OSS client(int retries, int socketTimeoutMillis) {
    ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
    conf.setMaxErrorRetry(retries);
    conf.setSocketTimeout(socketTimeoutMillis);
    conf.setSignatureVersion(SignVersion.V4);
    return OSSClientBuilder.create()
        .endpoint(emulator.ossEndpoint())
        .credentialsProvider(
            new DefaultCredentialProvider(Demo.ACME_ROOT_KEY, Demo.ACME_ROOT_SECRET))
        .clientConfiguration(conf)
        .region("cn-hangzhou")
        .build();
  }

  @Test
  void errorsCarryTheChosenCodeAndStatusAndCountEachRetry() {
    emulator.faults().set("oss:GetObject", FaultSpec.error(1, "ServiceUnavailable", 503));
    OSS retrying = client(2, 3_000);
    try {
      Throwable e = catchThrowable(() -> retrying.getObject("acme-open", "fault.txt"));
      assertThat(e).isInstanceOf(OSSException.class);
      assertThat(((OSSException) e).getErrorCode()).isEqualTo("ServiceUnavailable");
      // The SDK retried 503 twice: three calls in all.
      assertThat(emulator.counters().count("oss:GetObject", "ServiceUnavailable")).isEqualTo(3);
    } finally {
      retrying.shutdown();
    }
  }

  @Test
  void failTimesLetsLaterCallsThrough() throws Exception {
    emulator.faults().set("oss:*", FaultSpec.failTimes(2, "InternalError", 500));
    OSS retrying = client(3, 3_000);
    try {
      assertThat(retrying.getObject("acme-open", "fault.txt").getObjectContent().readAllBytes())
          .containsExactly(42);
      assertThat(emulator.counters().count("oss:GetObject", "InternalError")).isEqualTo(2);
      assertThat(emulator.counters().count("oss:GetObject", CallCounters.OK)).isEqualTo(1);
    } finally {
      retrying.shutdown();
    }
  }

  @Test
  void droppedConnectionsAreClientErrors() {
    emulator.faults().set("oss:GetObject", FaultSpec.drop(1));
    Throwable e = catchThrowable(() -> root.getObject("acme-open", "fault.txt"));
    assertThat(e).isInstanceOf(ClientException.class).isNotInstanceOf(OSSException.class);
    assertThat(emulator.counters().count("oss:GetObject", CallCounters.DROPPED)).isEqualTo(1);
  }

  @Test
  void hungResponsesTimeOutTheClient() {
    emulator.faults().set("oss:GetBucketLocation", FaultSpec.hang(1, 5_000));
    OSS impatient = client(0, 300);
    try {
      long started = System.nanoTime();
      Throwable e = catchThrowable(() -> impatient.getBucketLocation("acme-open"));
      assertThat(e).isInstanceOf(ClientException.class);
      assertThat((System.nanoTime() - started) / 1_000_000).isBetween(250L, 3_000L);
      assertThat(emulator.counters().count("oss:GetBucketLocation", CallCounters.HUNG))
          .isEqualTo(1);
    } finally {
      impatient.shutdown();
    }
  }

  @Test
  void latencyDelaysEveryCall() {
    emulator.faults().set("oss:GetBucketLocation", FaultSpec.latency(Latency.fixed(200)));
    long started = System.nanoTime();
    assertThat(root.getBucketLocation("acme-open")).isEqualTo("oss-cn-hangzhou");
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(195L);
    emulator.faults().set("oss:GetBucketLocation", FaultSpec.latency(Latency.uniform(10, 30)));
    started = System.nanoTime();
    root.getBucketLocation("acme-open");
    assertThat((System.nanoTime() - started) / 1_000_000).isBetween(9L, 1_000L);
    emulator.faults().set("oss:GetBucketLocation", FaultSpec.latency(Latency.logNormal(5, 0.5)));
    root.getBucketLocation("acme-open");
    assertThat(emulator.counters().count("oss:GetBucketLocation", CallCounters.OK)).isEqualTo(3);
  }

  @Test
  void stsThrottlingCanBeInjected() {
    emulator.faults().set("sts:AssumeRole", FaultSpec.error(1, "Throttling.User", 400));
    com.aliyuncs.exceptions.ClientException e =
        StsErrors.failure(
            () -> new Clients(emulator).assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID));
    assertThat(e.getErrCode()).isEqualTo("Throttling.User");
    assertThat(e.getErrMsg()).isEqualTo("Request was denied due to user flow control.");
    assertThat(emulator.counters().count("sts:AssumeRole")).isEqualTo(1);
  }
}
