package io.storageintegrations.worker.vending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadResult;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListMultipartUploadsRequest;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Vended credentials, used through the real OSS SDK against the emulator, can do exactly what was
 * asked under the prefix and nothing else. The role itself may do anything on the customer's two
 * buckets, so every denial below is the session policy's. One test per denied case.
 */
class SessionPolicyIT {

  static final String PREFIX = "backups/2026-12-01/";
  static VendingStand stand;
  static OSS readWrite;
  static OSS readOnly;

  @BeforeAll
  static void vend() {
    stand = new VendingStand();
    String id = "int-policy-" + UUID.randomUUID();
    VendingStand.Reply rw = stand.vend(VendingStand.body(id, "vend-rw", "READ_WRITE", PREFIX));
    VendingStand.Reply ro = stand.vend(VendingStand.body(id, "vend-rw", "READ_ONLY", PREFIX));
    assertThat(rw.status()).as(rw.body().toString()).isEqualTo(200);
    assertThat(ro.status()).as(ro.body().toString()).isEqualTo(200);
    readWrite = stand.oss(rw);
    readOnly = stand.oss(ro);
    readWrite.putObject(VendingStand.BUCKET, PREFIX + "seed.txt", stream("seed"));
  }

  @AfterAll
  static void stop() {
    readWrite.shutdown();
    readOnly.shutdown();
    stand.close();
  }

  // --- what was asked: allowed ---

  @Test
  void readWriteCredentialsWriteReadListAndDeleteUnderThePrefix() throws Exception {
    String key = PREFIX + "file-" + UUID.randomUUID() + ".txt";
    readWrite.putObject(VendingStand.BUCKET, key, stream("hello"));
    assertThat(readWrite.getObject(VendingStand.BUCKET, key).getObjectContent().readAllBytes())
        .isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    assertThat(
            readWrite
                .listObjects(new ListObjectsRequest(VendingStand.BUCKET).withPrefix(PREFIX))
                .getObjectSummaries())
        .anyMatch(o -> o.getKey().equals(key));
    readWrite.deleteObject(VendingStand.BUCKET, key);
    assertThat(readWrite.doesObjectExist(VendingStand.BUCKET, key)).isFalse();
  }

  @Test
  void readWriteCredentialsUploadMultipartWithCrc64AndListAndAbortUploads() {
    String key = PREFIX + "multi-" + UUID.randomUUID() + ".bin";
    String uploadId =
        readWrite
            .initiateMultipartUpload(new InitiateMultipartUploadRequest(VendingStand.BUCKET, key))
            .getUploadId();
    List<PartETag> parts = new ArrayList<>();
    byte[] part = new byte[100 * 1024];
    for (int n = 1; n <= 2; n++) {
      UploadPartRequest upload =
          new UploadPartRequest(
              VendingStand.BUCKET, key, uploadId, n, new ByteArrayInputStream(part), part.length);
      parts.add(readWrite.uploadPart(upload).getPartETag());
    }
    assertThat(
            readWrite
                .listParts(new ListPartsRequest(VendingStand.BUCKET, key, uploadId))
                .getParts())
        .hasSize(2);
    assertThat(readWrite.listMultipartUploads(uploadsUnder(PREFIX)).getMultipartUploads())
        .anyMatch(u -> u.getUploadId().equals(uploadId));
    CompleteMultipartUploadResult done =
        readWrite.completeMultipartUpload(
            new CompleteMultipartUploadRequest(VendingStand.BUCKET, key, uploadId, parts));
    assertThat(done.getServerCRC()).isNotNull(); // the SDK compared it with its own CRC-64

    String abandoned =
        readWrite
            .initiateMultipartUpload(new InitiateMultipartUploadRequest(VendingStand.BUCKET, key))
            .getUploadId();
    readWrite.abortMultipartUpload(
        new AbortMultipartUploadRequest(VendingStand.BUCKET, key, abandoned));
  }

  @Test
  void readOnlyCredentialsReadAndListUnderThePrefix() throws Exception {
    assertThat(
            readOnly
                .getObject(VendingStand.BUCKET, PREFIX + "seed.txt")
                .getObjectContent()
                .readAllBytes())
        .isEqualTo("seed".getBytes(StandardCharsets.UTF_8));
    assertThat(
            readOnly
                .listObjects(new ListObjectsRequest(VendingStand.BUCKET).withPrefix(PREFIX))
                .getObjectSummaries())
        .isNotEmpty();
  }

  // --- everything else: denied ---

  @Test
  void writeOutsideThePrefixIsDenied() {
    denied(() -> readWrite.putObject(VendingStand.BUCKET, "elsewhere/x.txt", stream("x")));
  }

  @Test
  void writeToASiblingPrefixThatSharesTheTextIsDenied() {
    denied(
        () -> readWrite.putObject(VendingStand.BUCKET, "backups/2026-12-01x/x.txt", stream("x")));
  }

  @Test
  void readOutsideThePrefixIsDenied() {
    denied(() -> readWrite.getObject(VendingStand.BUCKET, "elsewhere/x.txt"));
  }

  @Test
  void deleteOutsideThePrefixIsDenied() {
    denied(() -> readWrite.deleteObject(VendingStand.BUCKET, "elsewhere/x.txt"));
  }

  @Test
  void multipartUploadOutsideThePrefixIsDenied() {
    denied(
        () ->
            readWrite.initiateMultipartUpload(
                new InitiateMultipartUploadRequest(VendingStand.BUCKET, "elsewhere/big.bin")));
  }

  @Test
  void listingTheWholeBucketIsDenied() {
    denied(() -> readWrite.listObjects(VendingStand.BUCKET));
  }

  @Test
  void listingAParentPrefixIsDenied() {
    denied(
        () ->
            readWrite.listObjects(
                new ListObjectsRequest(VendingStand.BUCKET).withPrefix("backups/")));
  }

  @Test
  void listingMultipartUploadsOfTheWholeBucketIsDenied() {
    denied(
        () -> readWrite.listMultipartUploads(new ListMultipartUploadsRequest(VendingStand.BUCKET)));
  }

  @Test
  void anotherBucketOfTheSameAccountIsDenied() {
    denied(() -> readWrite.putObject(VendingStand.OTHER_BUCKET, PREFIX + "x.txt", stream("x")));
  }

  @Test
  void bucketLevelCallsBeyondListingAreDenied() {
    denied(() -> readWrite.getBucketLocation(VendingStand.BUCKET));
  }

  @Test
  void readOnlyCredentialsCannotWriteUnderThePrefix() {
    denied(() -> readOnly.putObject(VendingStand.BUCKET, PREFIX + "ro.txt", stream("x")));
  }

  @Test
  void readOnlyCredentialsCannotDeleteUnderThePrefix() {
    denied(() -> readOnly.deleteObject(VendingStand.BUCKET, PREFIX + "seed.txt"));
  }

  @Test
  void readOnlyCredentialsCannotStartAMultipartUploadUnderThePrefix() {
    denied(
        () ->
            readOnly.initiateMultipartUpload(
                new InitiateMultipartUploadRequest(VendingStand.BUCKET, PREFIX + "big.bin")));
  }

  @Test
  void aRoleWithTheGeneratedPolicyStillCannotDeleteUnderThePrefix() {
    // The session policy can only take away: deleting needs oss:DeleteObject on the role too.
    VendingStand.Reply rw =
        stand.vend(
            VendingStand.body(
                "int-generated-" + UUID.randomUUID(), "vend-as-generated", "READ_WRITE", PREFIX));
    OSS oss = stand.oss(rw);
    try {
      oss.putObject(VendingStand.BUCKET, PREFIX + "gen.txt", stream("x"));
      denied(() -> oss.deleteObject(VendingStand.BUCKET, PREFIX + "gen.txt"));
    } finally {
      oss.shutdown();
    }
  }

  private static void denied(Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            OSSException.class, e -> assertThat(e.getErrorCode()).isEqualTo("AccessDenied"));
  }

  private static ListMultipartUploadsRequest uploadsUnder(String prefix) {
    ListMultipartUploadsRequest request = new ListMultipartUploadsRequest(VendingStand.BUCKET);
    request.setPrefix(prefix);
    return request;
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
