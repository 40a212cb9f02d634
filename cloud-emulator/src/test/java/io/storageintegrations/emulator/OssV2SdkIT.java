package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aliyun.sdk.service.oss2.OSSClient;
import com.aliyun.sdk.service.oss2.credentials.StaticCredentialsProvider;
import com.aliyun.sdk.service.oss2.exceptions.ServiceException;
import com.aliyun.sdk.service.oss2.models.CompleteMultipartUpload;
import com.aliyun.sdk.service.oss2.models.CompleteMultipartUploadRequest;
import com.aliyun.sdk.service.oss2.models.CompleteMultipartUploadResult;
import com.aliyun.sdk.service.oss2.models.CopyObjectRequest;
import com.aliyun.sdk.service.oss2.models.CopyObjectResult;
import com.aliyun.sdk.service.oss2.models.DeleteMultipleObjectsRequest;
import com.aliyun.sdk.service.oss2.models.DeleteMultipleObjectsResult;
import com.aliyun.sdk.service.oss2.models.DeleteObject;
import com.aliyun.sdk.service.oss2.models.GetBucketInfoRequest;
import com.aliyun.sdk.service.oss2.models.GetObjectRequest;
import com.aliyun.sdk.service.oss2.models.GetObjectResult;
import com.aliyun.sdk.service.oss2.models.InitiateMultipartUploadRequest;
import com.aliyun.sdk.service.oss2.models.ListMultipartUploadsRequest;
import com.aliyun.sdk.service.oss2.models.ListObjectsV2Request;
import com.aliyun.sdk.service.oss2.models.ListPartsRequest;
import com.aliyun.sdk.service.oss2.models.Part;
import com.aliyun.sdk.service.oss2.models.PresignResult;
import com.aliyun.sdk.service.oss2.models.PutObjectRequest;
import com.aliyun.sdk.service.oss2.models.PutObjectResult;
import com.aliyun.sdk.service.oss2.models.UploadPartRequest;
import com.aliyun.sdk.service.oss2.models.UploadPartResult;
import com.aliyun.sdk.service.oss2.transport.BinaryData;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import io.storageintegrations.emulator.state.Crc64;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The current Java OSS SDK ({@code alibabacloud-oss-v2}) against the emulator: V4 by default, V1 on
 * request, with STS credentials.
 */
@WithCloudEmulator
class OssV2SdkIT {

  private static final String BUCKET = "acme-open";
  private final CloudEmulator emulator;
  private final Clients clients;

  OssV2SdkIT(CloudEmulator emulator) {
    this.emulator = emulator;
    this.clients = new Clients(emulator);
  }

  private OSSClient client(String signatureVersion) throws Exception {
    StaticCredentialsProvider credentials;
    if ("v1".equals(signatureVersion)) {
      credentials = new StaticCredentialsProvider(Demo.ACME_ROOT_KEY, Demo.ACME_ROOT_SECRET);
    } else {
      AssumeRoleResponse.Credentials creds = clients.assume(Demo.acmeRole("si-no-extid"), null);
      credentials =
          new StaticCredentialsProvider(
              creds.getAccessKeyId(), creds.getAccessKeySecret(), creds.getSecurityToken());
    }
    var builder =
        OSSClient.newBuilder()
            .credentialsProvider(credentials)
            .region("cn-hangzhou")
            .endpoint(emulator.ossEndpoint())
            .retryMaxAttempts(1);
    if (signatureVersion != null) {
      builder.signatureVersion(signatureVersion);
    }
    return builder.build();
  }

  private static BinaryData text(String s) {
    return BinaryData.fromBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "v4"})
  void putGetListWithEitherSignature(String version) throws Exception {
    try (OSSClient oss = client(version)) {
      String key = "v2sdk/" + version + "/a.txt";
      PutObjectResult put =
          oss.putObject(
              PutObjectRequest.newBuilder().bucket(BUCKET).key(key).body(text("v2")).build());
      assertThat(put.statusCode()).isEqualTo(200);
      assertThat(put.hashCrc64ecma())
          .isEqualTo(emulator.state().bucket(BUCKET).objects().get(key).crc64());
      GetObjectResult get =
          oss.getObject(GetObjectRequest.newBuilder().bucket(BUCKET).key(key).build());
      assertThat(new String(get.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("v2");
      assertThat(
              oss.listObjectsV2(
                      ListObjectsV2Request.newBuilder()
                          .bucket(BUCKET)
                          .prefix("v2sdk/" + version)
                          .build())
                  .contents())
          .extracting(o -> o.key())
          .containsExactly(key);
    }
  }

  /** The SDK's V1 signer signs x-oss-date instead of Date when a request carries it. */
  @Test
  void v1SignsXOssDateWhenTheRequestCarriesOne() throws Exception {
    String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    try (OSSClient oss = client("v1")) {
      PutObjectResult put =
          oss.putObject(
              PutObjectRequest.newBuilder()
                  .bucket(BUCKET)
                  .key("v2sdk/x-oss-date.txt")
                  .header("x-oss-date", now)
                  .body(text("dated"))
                  .build());
      assertThat(put.statusCode()).isEqualTo(200);
      String stale =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(
              ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
      Throwable skewed =
          catchThrowable(
              () ->
                  oss.putObject(
                      PutObjectRequest.newBuilder()
                          .bucket(BUCKET)
                          .key("v2sdk/x-oss-date.txt")
                          .header("x-oss-date", stale)
                          .body(text("stale"))
                          .build()));
      ServiceException error = ServiceException.asCause(skewed);
      assertThat(error).as(String.valueOf(skewed)).isNotNull();
      assertThat(error.errorCode()).isEqualTo("RequestTimeTooSkewed");
      assertThat(error.statusCode()).isEqualTo(403);
    }
  }

  @Test
  void presignedV4UrlsFromTheV2Sdk() throws Exception {
    try (OSSClient oss = client(null)) {
      oss.putObject(
          PutObjectRequest.newBuilder()
              .bucket(BUCKET)
              .key("v2sdk/signed.txt")
              .body(text("ok"))
              .build());
      PresignResult signed =
          oss.presign(GetObjectRequest.newBuilder().bucket(BUCKET).key("v2sdk/signed.txt").build());
      assertThat(signed.url()).contains("x-oss-signature-version=OSS4-HMAC-SHA256");
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(signed.url())).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("ok");
    }
  }

  @Test
  void multipartCopyBatchDeleteAndBucketInfoFromTheV2Sdk() throws Exception {
    try (OSSClient oss = client(null)) {
      String key = "v2sdk/multipart.bin";
      String uploadId =
          oss.initiateMultipartUpload(
                  InitiateMultipartUploadRequest.newBuilder().bucket(BUCKET).key(key).build())
              .initiateMultipartUpload()
              .uploadId();
      byte[] first = new byte[100 * 1024];
      java.util.Arrays.fill(first, (byte) 7);
      byte[] last = "tail".getBytes(StandardCharsets.UTF_8);
      UploadPartResult one = oss.uploadPart(part(key, uploadId, 1, first));
      UploadPartResult two = oss.uploadPart(part(key, uploadId, 2, last));
      assertThat(one.hashCRC64()).isEqualTo(Crc64.of(first));
      assertThat(
              oss.listParts(
                      ListPartsRequest.newBuilder()
                          .bucket(BUCKET)
                          .key(key)
                          .uploadId(uploadId)
                          .build())
                  .parts())
          .extracting(p -> p.size())
          .containsExactly((long) first.length, (long) last.length);
      assertThat(
              oss.listMultipartUploads(
                      ListMultipartUploadsRequest.newBuilder()
                          .bucket(BUCKET)
                          .prefix("v2sdk/")
                          .build())
                  .uploads())
          .extracting(u -> u.uploadId())
          .contains(uploadId);
      CompleteMultipartUploadResult done =
          oss.completeMultipartUpload(
              CompleteMultipartUploadRequest.newBuilder()
                  .bucket(BUCKET)
                  .key(key)
                  .uploadId(uploadId)
                  .completeMultipartUpload(
                      CompleteMultipartUpload.newBuilder()
                          .parts(
                              List.of(
                                  Part.newBuilder().partNumber(1L).eTag(one.eTag()).build(),
                                  Part.newBuilder().partNumber(2L).eTag(two.eTag()).build()))
                          .build())
                  .build());
      byte[] whole = new byte[first.length + last.length];
      System.arraycopy(first, 0, whole, 0, first.length);
      System.arraycopy(last, 0, whole, first.length, last.length);
      assertThat(done.hashCRC64()).isEqualTo(Crc64.of(whole));

      String allKey = "v2sdk/complete-all.bin";
      String allId =
          oss.initiateMultipartUpload(
                  InitiateMultipartUploadRequest.newBuilder().bucket(BUCKET).key(allKey).build())
              .initiateMultipartUpload()
              .uploadId();
      oss.uploadPart(part(allKey, allId, 1, last));
      oss.completeMultipartUpload(
          CompleteMultipartUploadRequest.newBuilder()
              .bucket(BUCKET)
              .key(allKey)
              .uploadId(allId)
              .completeAll("yes")
              .build());
      assertThat(emulator.state().bucket(BUCKET).objects().get(allKey).data()).isEqualTo(last);

      CopyObjectResult copy =
          oss.copyObject(
              CopyObjectRequest.newBuilder()
                  .bucket(BUCKET)
                  .key("v2sdk/copy.bin")
                  .sourceBucket(BUCKET)
                  .sourceKey(key)
                  .build());
      assertThat(copy.hashCrc64()).isEqualTo(Crc64.of(whole));

      DeleteMultipleObjectsResult deleted =
          oss.deleteMultipleObjects(
              DeleteMultipleObjectsRequest.newBuilder()
                  .bucket(BUCKET)
                  .deleteObjects(
                      List.of(
                          DeleteObject.newBuilder().key("v2sdk/copy.bin").build(),
                          DeleteObject.newBuilder().key(allKey).build()))
                  .build());
      assertThat(deleted.deletedObjects())
          .extracting(d -> d.key())
          .containsExactlyInAnyOrder("v2sdk/copy.bin", allKey);

      assertThat(
              oss.getBucketInfo(GetBucketInfoRequest.newBuilder().bucket(BUCKET).build())
                  .bucketInfo()
                  .creationDate())
          .isEqualTo(
              emulator
                  .state()
                  .bucket(BUCKET)
                  .created()
                  .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
  }

  private static UploadPartRequest part(String key, String uploadId, long number, byte[] data) {
    return UploadPartRequest.newBuilder()
        .bucket(BUCKET)
        .key(key)
        .uploadId(uploadId)
        .partNumber(number)
        .body(BinaryData.fromBytes(data))
        .build();
  }
}
