package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.ListObjectsV2Request;
import com.aliyun.oss.model.OSSObject;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@WithCloudEmulator
class SmokeIT {

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void assumesRoleAndUsesTheBucket(SignVersion version, CloudEmulator emulator) throws Exception {
    Clients clients = new Clients(emulator);
    AssumeRoleResponse.Credentials creds =
        clients.assume(Demo.acmeRole("si-rw"), Demo.RW_EXTERNAL_ID);
    assertThat(creds.getAccessKeyId()).startsWith("STS.");
    OSS oss = clients.oss(creds, version, "cn-hangzhou");
    try {
      assertThat(oss.getBucketLocation("acme-exports")).isEqualTo("oss-cn-hangzhou");
      String key = "probe/" + version + "/hello world+1.txt";
      var put =
          oss.putObject(
              "acme-exports", key, new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8)));
      // The SDK compares its CRC-64 with x-oss-hash-crc64ecma and would throw on a mismatch.
      assertThat(put.getServerCRC()).isNotNull().isEqualTo(put.getClientCRC());
      try (OSSObject object = oss.getObject("acme-exports", key)) {
        assertThat(object.getObjectContent().readAllBytes())
            .isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
      }
      assertThat(
              oss.listObjects(
                      new ListObjectsRequest("acme-exports")
                          .withPrefix("probe/" + version)
                          .withMaxKeys(1))
                  .getObjectSummaries())
          .extracting(s -> s.getKey())
          .containsExactly(key);
      assertThat(
              oss.listObjectsV2(
                      new ListObjectsV2Request("acme-exports").withPrefix("probe/" + version))
                  .getKeyCount())
          .isEqualTo(1);
      assertThat(oss.getObjectMetadata("acme-exports", key).getContentLength()).isEqualTo(2);
      oss.deleteObject("acme-exports", key);
      assertThat(oss.doesObjectExist("acme-exports", key)).isFalse();
    } finally {
      oss.shutdown();
    }
  }
}
