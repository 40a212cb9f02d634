package io.storageintegrations.emulator;

import static io.storageintegrations.emulator.OssErrors.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.BucketInfo;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadResult;
import com.aliyun.oss.model.CopyObjectResult;
import com.aliyun.oss.model.DeleteObjectsRequest;
import com.aliyun.oss.model.DeleteObjectsResult;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListMultipartUploadsRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PartListing;
import com.aliyun.oss.model.PutObjectResult;
import com.aliyun.oss.model.UploadPartRequest;
import com.aliyun.oss.model.UploadPartResult;
import com.aliyuncs.sts.model.v20150401.AssumeRoleRequest;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import io.storageintegrations.emulator.state.Crc64;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an export or import job does with an integration's STS credentials, through the classic Java
 * SDK: multipart upload, copy, batch delete, bucket info; with documented errors and session
 * policies narrowing each call.
 */
@WithCloudEmulator
class OssExportOperationsIT {

  private static final String BUCKET = "acme-open";
  private static final int PART = 100 * 1024;
  private final CloudEmulator emulator;
  private final Clients clients;
  private final List<OSS> opened = new ArrayList<>();

  OssExportOperationsIT(CloudEmulator emulator) {
    this.emulator = emulator;
    this.clients = new Clients(emulator);
  }

  @AfterEach
  void close() {
    opened.forEach(OSS::shutdown);
  }

  private OSS oss(SignVersion version, String sessionPolicy) throws Exception {
    AssumeRoleRequest request = clients.assumeRequest(Demo.acmeRole("si-no-extid"), null);
    if (sessionPolicy != null) {
      request.setPolicy(sessionPolicy);
    }
    AssumeRoleResponse.Credentials creds =
        clients
            .sts(Demo.VALIDATOR_KEY, Demo.VALIDATOR_SECRET)
            .getAcsResponse(request)
            .getCredentials();
    OSS oss = clients.oss(creds, version, "cn-hangzhou");
    opened.add(oss);
    return oss;
  }

  private static byte[] bytes(int size, int seed) {
    byte[] data = new byte[size];
    for (int i = 0; i < size; i++) {
      data[i] = (byte) (i * 31 + seed);
    }
    return data;
  }

  private static UploadPartResult part(
      OSS oss, String key, String uploadId, int number, byte[] data) {
    UploadPartRequest request =
        new UploadPartRequest(
            BUCKET, key, uploadId, number, new ByteArrayInputStream(data), data.length);
    return oss.uploadPart(request);
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void multipartUploadAssemblesThePartsWithCrc64(SignVersion version) throws Exception {
    OSS oss = oss(version, null);
    String key = "export/" + version + "/backup.bin";
    String uploadId =
        oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
    byte[] first = bytes(PART, 1);
    byte[] last = bytes(1000, 2);
    UploadPartResult one = part(oss, key, uploadId, 1, first);
    UploadPartResult two = part(oss, key, uploadId, 2, last);
    assertThat(one.getPartETag().getPartCRC()).isEqualTo(Long.parseUnsignedLong(Crc64.of(first)));

    PartListing parts = oss.listParts(new ListPartsRequest(BUCKET, key, uploadId));
    assertThat(parts.getParts()).extracting(p -> p.getPartNumber()).containsExactly(1, 2);
    assertThat(parts.getParts()).extracting(p -> p.getSize()).containsExactly((long) PART, 1000L);
    assertThat(
            oss.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET)).getMultipartUploads())
        .extracting(u -> u.getUploadId())
        .contains(uploadId);

    CompleteMultipartUploadResult done =
        oss.completeMultipartUpload(
            new CompleteMultipartUploadRequest(
                BUCKET,
                key,
                uploadId,
                new ArrayList<>(List.of(one.getPartETag(), two.getPartETag()))));
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.writeBytes(first);
    whole.writeBytes(last);
    assertThat(done.getServerCRC())
        .isEqualTo(Long.parseUnsignedLong(Crc64.of(whole.toByteArray())));
    assertThat(done.getETag()).endsWith("-2");
    assertThat(oss.getObject(BUCKET, key).getObjectContent().readAllBytes())
        .isEqualTo(whole.toByteArray());
    assertThat(
            oss.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET)).getMultipartUploads())
        .extracting(u -> u.getUploadId())
        .doesNotContain(uploadId);
    assertCode(() -> oss.listParts(new ListPartsRequest(BUCKET, key, uploadId)), "NoSuchUpload");
  }

  @Test
  void multipartErrorsAreTheDocumentedOnes() throws Exception {
    OSS oss = oss(SignVersion.V4, null);
    String key = "export/errors.bin";
    String uploadId =
        oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
    UploadPartResult small = part(oss, key, uploadId, 1, bytes(10, 1));
    UploadPartResult other = part(oss, key, uploadId, 2, bytes(10, 2));
    var tooSmall =
        assertCode(
            () ->
                oss.completeMultipartUpload(
                    new CompleteMultipartUploadRequest(
                        BUCKET,
                        key,
                        uploadId,
                        new ArrayList<>(List.of(small.getPartETag(), other.getPartETag())))),
            "EntityTooSmall");
    assertThat(tooSmall.getRawResponseError()).contains("<PartNumber>1</PartNumber>");
    PartETag wrongTag = new PartETag(2, "0123456789ABCDEF0123456789ABCDEF");
    assertCode(
        () ->
            oss.completeMultipartUpload(
                new CompleteMultipartUploadRequest(
                    BUCKET, key, uploadId, new ArrayList<>(List.of(wrongTag)))),
        "InvalidPart");
    assertCode(() -> part(oss, key, "NOSUCHUPLOAD0000", 1, bytes(5, 0)), "NoSuchUpload");
    oss.abortMultipartUpload(new AbortMultipartUploadRequest(BUCKET, key, uploadId));
    assertCode(
        () -> oss.abortMultipartUpload(new AbortMultipartUploadRequest(BUCKET, key, uploadId)),
        "NoSuchUpload");
    assertThat(emulator.state().bucket(BUCKET).objects()).doesNotContainKey(key);
  }

  @Test
  void copyAndBatchDeleteAnswerWithCrc64AndTheDeletedKeys() throws Exception {
    OSS oss = oss(SignVersion.V1, null);
    byte[] data = "exported".getBytes(StandardCharsets.UTF_8);
    PutObjectResult put = oss.putObject(BUCKET, "copy/source.txt", new ByteArrayInputStream(data));
    assertThat(put.getServerCRC()).isEqualTo(Long.parseUnsignedLong(Crc64.of(data)));
    CopyObjectResult copy = oss.copyObject(BUCKET, "copy/source.txt", BUCKET, "copy/target.txt");
    assertThat(copy.getETag()).isEqualTo(put.getETag());
    // The SDK does not lift the header into CopyObjectResult; the answer carries it all the same.
    assertThat(copy.getResponse().getHeaders().get("x-oss-hash-crc64ecma"))
        .isEqualTo(Long.toUnsignedString(put.getServerCRC()));
    assertThat(oss.getObject(BUCKET, "copy/target.txt").getObjectContent().readAllBytes())
        .isEqualTo(data);
    assertCode(() -> oss.copyObject(BUCKET, "copy/absent.txt", BUCKET, "copy/x.txt"), "NoSuchKey");

    DeleteObjectsResult verbose =
        oss.deleteObjects(
            new DeleteObjectsRequest(BUCKET)
                .withKeys(List.of("copy/source.txt", "copy/never-was.txt")));
    assertThat(verbose.getDeletedObjects())
        .containsExactlyInAnyOrder("copy/source.txt", "copy/never-was.txt");
    DeleteObjectsResult quiet =
        oss.deleteObjects(
            new DeleteObjectsRequest(BUCKET).withKeys(List.of("copy/target.txt")).withQuiet(true));
    assertThat(quiet.getDeletedObjects()).isEmpty();
    assertThat(emulator.state().bucket(BUCKET).objects().keySet())
        .noneMatch(k -> k.startsWith("copy/"));
  }

  @Test
  void bucketInfoCarriesCreationDateAndLocation() throws Exception {
    BucketInfo info = oss(SignVersion.V4, null).getBucketInfo(BUCKET);
    assertThat(info.getBucket().getCreationDate()).isNotNull();
    assertThat(info.getBucket().getCreationDate().toInstant())
        .isEqualTo(
            emulator
                .state()
                .bucket(BUCKET)
                .created()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(info.getBucket().getLocation()).isEqualTo("oss-cn-hangzhou");
    assertThat(info.getBucket().getOwner().getId()).isEqualTo(Demo.ACME);
    assertThat(info.getDataRedundancyType()).hasToString("LRS");
  }

  /** The SDK checks length and a leading backslash itself, but sends a leading slash. */
  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void objectNamesStartingWithASlashAreInvalidObjectName(SignVersion version) throws Exception {
    OSS oss = oss(version, null);
    var error =
        assertCode(
            () ->
                oss.putObject(
                    BUCKET, "/leading-slash.txt", new ByteArrayInputStream(new byte[] {1})),
            "InvalidObjectName");
    assertThat(error.getRawResponseError()).contains("<EC>0016-00000005</EC>");
    assertThat(emulator.state().bucket(BUCKET).objects()).doesNotContainKey("/leading-slash.txt");
  }

  /** A session policy narrows each export operation, not only Put/Get. */
  @Test
  void sessionPoliciesNarrowEveryExportOperation() throws Exception {
    String policy =
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"oss:PutObject\",\"oss:ListParts\"],"
            + "\"Resource\":[\"acs:oss:*:*:acme-open/allowed/*\"]}]}";
    OSS narrow = oss(SignVersion.V4, policy);
    String uploadId =
        narrow
            .initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, "allowed/a.bin"))
            .getUploadId();
    part(narrow, "allowed/a.bin", uploadId, 1, bytes(10, 3));
    assertThat(narrow.listParts(new ListPartsRequest(BUCKET, "allowed/a.bin", uploadId)).getParts())
        .hasSize(1);
    assertCode(
        () ->
            narrow.initiateMultipartUpload(
                new InitiateMultipartUploadRequest(BUCKET, "other/a.bin")),
        "AccessDenied");
    assertCode(
        () ->
            narrow.abortMultipartUpload(
                new AbortMultipartUploadRequest(BUCKET, "allowed/a.bin", uploadId)),
        "AccessDenied");
    assertCode(
        () -> narrow.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET)), "AccessDenied");

    OSS full = oss(SignVersion.V4, null);
    full.putObject(BUCKET, "secret/source.txt", new ByteArrayInputStream(new byte[] {1}));
    full.putObject(BUCKET, "allowed/keep.txt", new ByteArrayInputStream(new byte[] {2}));
    assertCode(
        () -> narrow.copyObject(BUCKET, "secret/source.txt", BUCKET, "allowed/copy.txt"),
        "AccessDenied");
    assertCode(
        () ->
            narrow.deleteObjects(
                new DeleteObjectsRequest(BUCKET).withKeys(Arrays.asList("allowed/keep.txt"))),
        "AccessDenied");
    assertThat(emulator.state().bucket(BUCKET).objects()).containsKey("allowed/keep.txt");
    full.abortMultipartUpload(new AbortMultipartUploadRequest(BUCKET, "allowed/a.bin", uploadId));
  }
}
