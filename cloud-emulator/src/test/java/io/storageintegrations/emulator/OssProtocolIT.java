package io.storageintegrations.emulator;

import static io.storageintegrations.emulator.OssErrors.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.GeneratePresignedUrlRequest;
import com.aliyun.oss.model.GetObjectRequest;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.ListObjectsV2Request;
import com.aliyun.oss.model.ListObjectsV2Result;
import com.aliyun.oss.model.ObjectListing;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyuncs.sts.model.v20150401.AssumeRoleResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OSS protocol behaviour: credentials, signatures, time, errors, listing, ranges, uploads. */
@WithCloudEmulator
class OssProtocolIT {

  private static final String BUCKET = "acme-open";
  private final CloudEmulator emulator;
  private final Clients clients;
  private final List<OSS> opened = new ArrayList<>();

  OssProtocolIT(CloudEmulator emulator) {
    this.emulator = emulator;
    this.clients = new Clients(emulator);
  }

  @AfterEach
  void close() {
    opened.forEach(OSS::shutdown);
  }

  private OSS open(OSS oss) {
    opened.add(oss);
    return oss;
  }

  private AssumeRoleResponse.Credentials creds() throws Exception {
    return clients.assume(Demo.acmeRole("si-no-extid"), null);
  }

  private OSS sts(SignVersion version) throws Exception {
    return open(clients.oss(creds(), version, "cn-hangzhou"));
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void unknownKeysWrongSecretsAndTokensAreRejected(SignVersion version) throws Exception {
    OSS unknown = open(clients.oss("LTAI5tNoSuchKey000000001", "x", null, version, "cn-hangzhou"));
    assertCode(() -> unknown.listObjects(BUCKET), "InvalidAccessKeyId");
    OSS wrongSecret =
        open(clients.oss(Demo.ACME_ROOT_KEY, "not-the-secret", null, version, "cn-hangzhou"));
    OSSException mismatch =
        assertCode(() -> wrongSecret.listObjects(BUCKET), "SignatureDoesNotMatch");
    assertThat(mismatch.getRawResponseError()).contains("<StringToSign>");
    AssumeRoleResponse.Credentials c = creds();
    OSS noToken =
        open(clients.oss(c.getAccessKeyId(), c.getAccessKeySecret(), null, version, "cn-hangzhou"));
    assertCode(() -> noToken.listObjects(BUCKET), "InvalidAccessKeyId");
    OSS badToken =
        open(
            clients.oss(
                c.getAccessKeyId(), c.getAccessKeySecret(), "CAISforged", version, "cn-hangzhou"));
    assertCode(() -> badToken.listObjects(BUCKET), "InvalidSecurityToken");
    OSS wrongStsSecret =
        open(
            clients.oss(
                c.getAccessKeyId(), "forged", c.getSecurityToken(), version, "cn-hangzhou"));
    assertCode(() -> wrongStsSecret.listObjects(BUCKET), "SignatureDoesNotMatch");
    emulator
        .state()
        .setKeyStatus(Demo.ACME_ROOT_KEY, io.storageintegrations.emulator.state.KeyStatus.Inactive);
    try {
      OSS disabled =
          open(
              clients.oss(Demo.ACME_ROOT_KEY, Demo.ACME_ROOT_SECRET, null, version, "cn-hangzhou"));
      assertCode(() -> disabled.listObjects(BUCKET), "InvalidAccessKeyId");
    } finally {
      emulator
          .state()
          .setKeyStatus(Demo.ACME_ROOT_KEY, io.storageintegrations.emulator.state.KeyStatus.Active);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void stsCredentialsExpireWithTheClock(SignVersion version) throws Exception {
    OSS oss = sts(version);
    assertThat(oss.listObjects(BUCKET)).isNotNull();
    emulator.clock().advance(Duration.ofSeconds(901));
    assertCode(() -> oss.listObjects(BUCKET), "SecurityTokenExpired");
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void requestsFromASkewedClockAreRejected(SignVersion version) {
    OSS root =
        open(clients.oss(Demo.ACME_ROOT_KEY, Demo.ACME_ROOT_SECRET, null, version, "cn-hangzhou"));
    emulator.clock().advance(Duration.ofMinutes(20));
    OSSException e = assertCode(() -> root.listObjects(BUCKET), "RequestTimeTooSkewed");
    assertThat(e.getRawResponseError()).contains("<ServerTime>");
  }

  @Test
  void bucketNamesAndArgumentsAreValidated() throws Exception {
    OSS oss = sts(SignVersion.V4);
    assertCode(() -> oss.listObjects("bad_bucket"), "InvalidBucketName");
    assertCode(
        () -> oss.listObjects(new ListObjectsRequest(BUCKET).withEncodingType("base64")),
        "InvalidArgument");
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void headErrorsTravelInTheXOssErrHeader(SignVersion version) throws Exception {
    OSS oss = sts(version);
    OSSException missing = assertCode(() -> oss.getObjectMetadata(BUCKET, "missing"), "NoSuchKey");
    assertThat(missing.getEC()).isEqualTo("0026-00000001");
    OSS other = open(clients.oss(creds(), version, "cn-hangzhou"));
    OSSException denied =
        assertCode(() -> other.getObjectMetadata("acme-exports", "x"), "AccessDenied");
    assertThat(denied.getErrorMessage()).contains("RAM policy");
  }

  @Test
  void rangesChunkedUploadsAndContentMd5() throws Exception {
    OSS oss = sts(SignVersion.V4);
    oss.putObject(BUCKET, "range.txt", text("0123456789"));
    GetObjectRequest range = new GetObjectRequest(BUCKET, "range.txt");
    range.setRange(2, 5);
    assertThat(
            new String(
                oss.getObject(range).getObjectContent().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("2345");
    GetObjectRequest suffix = new GetObjectRequest(BUCKET, "range.txt");
    suffix.setRange(-1, 3);
    assertThat(
            new String(
                oss.getObject(suffix).getObjectContent().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("789");

    // No content length: the SDK streams with chunked transfer encoding.
    oss.putObject(
        BUCKET,
        "chunked.bin",
        new InputStream() {
          private int left = 100_000;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }
        });
    assertThat(oss.getObjectMetadata(BUCKET, "chunked.bin").getContentLength()).isEqualTo(100_000);

    ObjectMetadata wrongMd5 = new ObjectMetadata();
    wrongMd5.setContentMD5(Base64.getEncoder().encodeToString(new byte[16]));
    assertCode(() -> oss.putObject(BUCKET, "md5.txt", text("abc"), wrongMd5), "InvalidDigest");
    ObjectMetadata rightMd5 = new ObjectMetadata();
    rightMd5.setContentMD5(
        Base64.getEncoder()
            .encodeToString(
                java.security.MessageDigest.getInstance("MD5")
                    .digest("abc".getBytes(StandardCharsets.UTF_8))));
    assertThat(oss.putObject(BUCKET, "md5.txt", text("abc"), rightMd5).getETag())
        .isEqualTo("900150983CD24FB0D6963F7D28E17F72");
  }

  @Test
  void objectsAboveTheSizeLimitAreRefused() throws Exception {
    OSS oss = sts(SignVersion.V4);
    var settings = emulator.state().settings();
    emulator
        .state()
        .settings(
            new io.storageintegrations.emulator.state.EmulatorSettings(
                settings.assumeRoleRatePerSecond(),
                settings.maxClockSkew(),
                1024,
                settings.maxTotalBytes(),
                settings.maxSessions(),
                settings.defaultRegion()));
    try {
      assertCode(
          () -> oss.putObject(BUCKET, "big.bin", new ByteArrayInputStream(new byte[2048])),
          "EntityTooLarge");
      oss.putObject(BUCKET, "small.bin", new ByteArrayInputStream(new byte[1024]));
    } finally {
      emulator.state().settings(settings);
    }
  }

  @Test
  void listsWithDelimitersAndPagesV1AndV2() throws Exception {
    OSS oss = sts(SignVersion.V1);
    for (String key :
        List.of("list/a/1", "list/a/2", "list/b/1", "list/c", "list/d", "list/ü ñ+&.txt")) {
      oss.putObject(BUCKET, key, text("x"));
    }
    ObjectListing top =
        oss.listObjects(new ListObjectsRequest(BUCKET).withPrefix("list/").withDelimiter("/"));
    assertThat(top.getCommonPrefixes()).containsExactly("list/a/", "list/b/");
    assertThat(top.getObjectSummaries())
        .extracting(s -> s.getKey())
        .containsExactly("list/c", "list/d", "list/ü ñ+&.txt");

    ObjectListing page1 =
        oss.listObjects(new ListObjectsRequest(BUCKET).withPrefix("list/").withMaxKeys(4));
    assertThat(page1.isTruncated()).isTrue();
    assertThat(page1.getNextMarker()).isEqualTo("list/c");
    ObjectListing page2 =
        oss.listObjects(
            new ListObjectsRequest(BUCKET)
                .withPrefix("list/")
                .withMaxKeys(4)
                .withMarker(page1.getNextMarker()));
    assertThat(page2.isTruncated()).isFalse();
    assertThat(page2.getObjectSummaries())
        .extracting(s -> s.getKey())
        .containsExactly("list/d", "list/ü ñ+&.txt");
    ObjectListing rolledUp =
        oss.listObjects(
            new ListObjectsRequest(BUCKET).withPrefix("list/").withDelimiter("/").withMaxKeys(1));
    ObjectListing afterRollUp =
        oss.listObjects(
            new ListObjectsRequest(BUCKET)
                .withPrefix("list/")
                .withDelimiter("/")
                .withMaxKeys(1)
                .withMarker(rolledUp.getNextMarker()));
    assertThat(rolledUp.getCommonPrefixes()).containsExactly("list/a/");
    assertThat(afterRollUp.getCommonPrefixes()).containsExactly("list/b/");
    // With encoding-type=url the keys come back encoded; this SDK call leaves decoding to us.
    ObjectListing encoded =
        oss.listObjects(
            new ListObjectsRequest(BUCKET).withPrefix("list/ü").withEncodingType("url"));
    assertThat(encoded.getObjectSummaries())
        .extracting(s -> java.net.URLDecoder.decode(s.getKey(), StandardCharsets.UTF_8))
        .containsExactly("list/ü ñ+&.txt");

    ListObjectsV2Result v2 =
        oss.listObjectsV2(new ListObjectsV2Request(BUCKET).withPrefix("list/").withMaxKeys(5));
    assertThat(v2.isTruncated()).isTrue();
    assertThat(v2.getKeyCount()).isEqualTo(5);
    ListObjectsV2Result rest =
        oss.listObjectsV2(
            new ListObjectsV2Request(BUCKET)
                .withPrefix("list/")
                .withContinuationToken(v2.getNextContinuationToken()));
    assertThat(rest.getObjectSummaries())
        .extracting(s -> s.getKey())
        .containsExactly("list/ü ñ+&.txt");
  }

  @ParameterizedTest
  @EnumSource(
      value = SignVersion.class,
      names = {"V1", "V4"})
  void presignedUrlsWorkUntilTamperedOrExpired(SignVersion version) throws Exception {
    OSS oss = sts(version);
    oss.putObject(BUCKET, "signed.txt", text("signed"));
    GeneratePresignedUrlRequest request =
        new GeneratePresignedUrlRequest(BUCKET, "signed.txt", HttpMethod.GET);
    request.setExpiration(new Date(System.currentTimeMillis() + 60_000));
    String url = oss.generatePresignedUrl(request).toString();
    assertThat(url)
        .contains(version == SignVersion.V4 ? "x-oss-signature=" : "Signature=")
        .contains(version == SignVersion.V4 ? "x-oss-security-token=" : "security-token=");
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> ok =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("signed");
    HttpResponse<String> tampered =
        http.send(
            HttpRequest.newBuilder(URI.create(url.replace("signed.txt", "other.txt"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(tampered.statusCode()).isEqualTo(403);
    assertThat(tampered.body()).contains("<Code>SignatureDoesNotMatch</Code>");
    emulator.clock().advance(Duration.ofMinutes(2));
    HttpResponse<String> expired =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(expired.body())
        .contains("<Code>AccessDenied</Code>")
        .contains("Request has expired.");
  }

  /** A V4 URL may be valid for at most 7 days (x-oss-expires 1..604800). */
  @Test
  void v4PresignedUrlsLongerThanSevenDaysAreRefused() throws Exception {
    OSS oss = sts(SignVersion.V4);
    oss.putObject(BUCKET, "signed-long.txt", text("long"));
    GeneratePresignedUrlRequest request =
        new GeneratePresignedUrlRequest(BUCKET, "signed-long.txt", HttpMethod.GET);
    request.setExpiration(new Date(System.currentTimeMillis() + Duration.ofDays(8).toMillis()));
    String url = oss.generatePresignedUrl(request).toString();
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("<EC>0002-00000070</EC>");
  }

  @Test
  void bucketsCanBeCreatedAndProbedForExistence() {
    OSS root =
        open(
            clients.oss(
                Demo.ACME_ROOT_KEY, Demo.ACME_ROOT_SECRET, null, SignVersion.V4, "cn-shenzhen"));
    root.createBucket("acme-created");
    assertThat(emulator.state().bucket("acme-created").region()).isEqualTo("cn-shenzhen");
    assertThat(root.doesBucketExist("acme-created")).isTrue();
    assertThat(root.doesBucketExist("acme-never-made")).isFalse();
    assertThat(root.listBuckets())
        .extracting(b -> b.getName())
        .contains("acme-created", "acme-exports");
    emulator.state().removeBucket("acme-created");
  }
}
