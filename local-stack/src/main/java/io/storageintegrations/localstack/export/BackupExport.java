package io.storageintegrations.localstack.export;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.common.utils.CRC64;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.OSSObjectSummary;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import io.storageintegrations.client.CredentialsClient;
import io.storageintegrations.client.CredentialsClient.Credentials;
import io.storageintegrations.model.message.AccessMode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports one backup file into an integration's bucket under a prefix: vends READ_WRITE credentials
 * for that prefix only, uploads the file in parts (the SDK checks each part's CRC-64 against the
 * server's, and the whole object's on completion; this class compares the object's CRC-64 with its
 * own once more), lists it back and verifies the listed size and the CRC-64 of what it reads.
 * Nothing here holds the platform's key: the credentials can write under the prefix and nowhere
 * else.
 */
public final class BackupExport {

  /** OSS's minimum part size (all parts but the last). */
  public static final int MIN_PART_SIZE = 100 * 1024;

  /** What was written and verified. */
  public record Result(
      Credentials credentials, String key, long bytes, int parts, long crc64, boolean verified) {}

  private final CredentialsClient vending;

  public BackupExport(CredentialsClient vending) {
    this.vending = vending;
  }

  /** Vends, uploads {@code content} as {@code prefix + name} in parts of {@code partSize}. */
  public Result export(
      String integrationId, String prefix, String name, byte[] content, int partSize) {
    if (partSize < MIN_PART_SIZE) {
      throw new IllegalArgumentException("parts must be at least " + MIN_PART_SIZE + " bytes");
    }
    Credentials credentials =
        vending.vend(integrationId, AccessMode.READ_WRITE, prefix, Duration.ofMinutes(15));
    OSS oss = client(credentials);
    try {
      String key = prefix + name;
      int parts = upload(oss, credentials.bucket(), key, content, partSize);
      long expected = crc64(content);
      return new Result(
          credentials,
          key,
          content.length,
          parts,
          expected,
          listedBack(oss, credentials, key, content.length, expected));
    } finally {
      oss.shutdown();
    }
  }

  /**
   * Tries to write {@code key} (outside the vended prefix) with the same credentials; answers the
   * cloud's error code, or null if the write was allowed (which would be a defect).
   */
  public static String tryWriteOutside(Credentials credentials, String key) {
    OSS oss = client(credentials);
    try {
      oss.putObject(credentials.bucket(), key, new ByteArrayInputStream(new byte[] {1}));
      return null;
    } catch (OSSException e) {
      return e.getErrorCode();
    } finally {
      oss.shutdown();
    }
  }

  private static int upload(OSS oss, String bucket, String key, byte[] content, int partSize) {
    String uploadId =
        oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, key)).getUploadId();
    List<PartETag> etags = new ArrayList<>();
    int part = 0;
    for (int offset = 0; offset < content.length; offset += partSize) {
      int size = Math.min(partSize, content.length - offset);
      UploadPartRequest request =
          new UploadPartRequest(
              bucket, key, uploadId, ++part, new ByteArrayInputStream(content, offset, size), size);
      etags.add(oss.uploadPart(request).getPartETag());
    }
    oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, key, uploadId, etags));
    return part;
  }

  private static boolean listedBack(
      OSS oss, Credentials credentials, String key, long bytes, long crc64) {
    List<OSSObjectSummary> listed =
        oss.listObjects(
                new ListObjectsRequest(credentials.bucket()).withPrefix(credentials.prefix()))
            .getObjectSummaries();
    boolean sized = listed.stream().anyMatch(o -> o.getKey().equals(key) && o.getSize() == bytes);
    byte[] read;
    try (var object = oss.getObject(credentials.bucket(), key).getObjectContent()) {
      read = object.readAllBytes();
    } catch (java.io.IOException e) {
      return false;
    }
    return sized && crc64(read) == crc64;
  }

  static long crc64(byte[] content) {
    CRC64 crc = new CRC64();
    crc.update(content, content.length);
    return crc.getValue();
  }

  private static OSS client(Credentials credentials) {
    ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
    conf.setSignatureVersion(SignVersion.V4);
    conf.setCrcCheckEnabled(true);
    return OSSClientBuilder.create()
        .endpoint(credentials.endpoint())
        .credentialsProvider(
            new DefaultCredentialProvider(
                credentials.accessKeyId(),
                credentials.accessKeySecret(),
                credentials.securityToken()))
        .clientConfiguration(conf)
        .region(credentials.region())
        .build();
  }
}
