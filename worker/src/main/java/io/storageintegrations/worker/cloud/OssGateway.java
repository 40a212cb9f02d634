package io.storageintegrations.worker.cloud;

import com.aliyun.oss.ClientConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.ObjectMetadata;
import io.storageintegrations.worker.config.OssProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * OSS probes. One pooled client per allow-listed region is shared by every validation and signs
 * each call with the validation's own temporary credentials ({@link ThreadBoundCredentials}), so
 * connections are reused instead of opened and closed per validation. SDK retries are off.
 */
public final class OssGateway implements AutoCloseable {

  static {
    XmlHardening.install(); // the OSS SDK hardens its own parser; this covers everything else
  }

  /** Probe objects are tiny; anything larger read back is not ours. */
  private static final int MAX_READ_BYTES = 4096;

  private final OssProperties properties;
  private final Set<String> allowedRegions;
  private final ThreadBoundCredentials credentials = new ThreadBoundCredentials();
  private final Map<String, OSS> clients = new ConcurrentHashMap<>();

  public OssGateway(OssProperties properties, Set<String> allowedRegions) {
    this.properties = properties;
    this.allowedRegions = Set.copyOf(allowedRegions);
  }

  /** The bucket's location constraint, e.g. {@code oss-cn-hangzhou}. */
  public String getBucketLocation(String region, TemporaryCredentials creds, String bucket) {
    return call(
        region, creds, CloudOperation.GET_BUCKET_LOCATION, c -> c.getBucketLocation(bucket));
  }

  public void listObjects(String region, TemporaryCredentials creds, String bucket) {
    call(
        region,
        creds,
        CloudOperation.LIST_OBJECTS,
        c -> c.listObjects(new ListObjectsRequest(bucket).withMaxKeys(1)));
  }

  public void putObject(
      String region, TemporaryCredentials creds, String bucket, String key, byte[] content) {
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setContentLength(content.length);
    metadata.setContentType("text/plain");
    call(
        region,
        creds,
        CloudOperation.PUT_OBJECT,
        c -> c.putObject(bucket, key, new ByteArrayInputStream(content), metadata));
  }

  /** The object's content (at most 4 KiB); a missing key is a {@code NoSuchKey} failure. */
  public byte[] getObject(String region, TemporaryCredentials creds, String bucket, String key) {
    return call(region, creds, CloudOperation.GET_OBJECT, c -> read(c.getObject(bucket, key)));
  }

  private static byte[] read(OSSObject object) {
    try (object;
        InputStream content = object.getObjectContent()) {
      return content.readNBytes(MAX_READ_BYTES);
    } catch (IOException e) {
      throw new com.aliyun.oss.ClientException("SocketException", "probe read failed", null);
    }
  }

  private <T> T call(
      String region,
      TemporaryCredentials creds,
      CloudOperation operation,
      java.util.function.Function<OSS, T> call) {
    OSS client = clientFor(region);
    Supplier<T> bound = () -> call.apply(client);
    try {
      return credentials.with(creds, bound);
    } catch (RuntimeException e) {
      throw CloudErrors.translate(operation, e);
    }
  }

  private OSS clientFor(String region) {
    if (!allowedRegions.contains(region)) {
      // Endpoints are built from allow-listed regions only, never from raw input.
      throw new IllegalArgumentException("region is not allow-listed: " + region);
    }
    return clients.computeIfAbsent(region, this::build);
  }

  private OSS build(String region) {
    ClientConfiguration conf = new ClientConfiguration();
    conf.setMaxErrorRetry(0);
    conf.setConnectionTimeout((int) properties.connectTimeout().toMillis());
    conf.setConnectionRequestTimeout((int) properties.connectTimeout().toMillis());
    conf.setSocketTimeout((int) properties.socketTimeout().toMillis());
    conf.setMaxConnections(properties.maxConnections());
    conf.setSignatureVersion(
        properties.signatureVersion() == OssProperties.SignatureVersion.V4
            ? SignVersion.V4
            : SignVersion.V1);
    return OSSClientBuilder.create()
        .endpoint(properties.endpointFor(region))
        .credentialsProvider(credentials)
        .clientConfiguration(conf)
        .region(region)
        .build();
  }

  /** Pooled clients currently open; one per region used. */
  public int openClients() {
    return clients.size();
  }

  @Override
  public void close() {
    clients.values().forEach(OSS::shutdown);
    clients.clear();
  }
}
