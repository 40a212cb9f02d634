package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Percent;
import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.server.Service;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.Ids;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The OSS endpoint, path-style. Checks in order: credentials, time, signature, bucket name, bucket
 * existence, region (V4 scope), ownership, RAM; then runs the operation.
 */
public final class OssService implements Service {

  private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
  private final EmulatorState state;
  private final OssAuthenticator authenticator;
  private final ObjectOperations objects;
  private final BucketOperations buckets;
  private final MultipartOperations multipart;
  private final OssAuthorizer authorizer;

  public OssService(EmulatorState state) {
    this.state = state;
    this.authenticator = new OssAuthenticator(state);
    this.objects = new ObjectOperations(state);
    this.buckets = new BucketOperations(state);
    this.multipart = new MultipartOperations(state);
    this.authorizer = new OssAuthorizer(state);
  }

  @Override
  public String operation(Request request) {
    return OssOperation.of(request).name();
  }

  @Override
  public Reply handle(Request request, String operationName) {
    String requestId = Ids.ossRequestId();
    OssOperation op = OssOperation.of(request);
    try {
      Reply reply = run(request, op);
      return reply.header("x-oss-request-id", requestId).header("Server", "AliyunOSS");
    } catch (OssException e) {
      return OssReplies.error(
          e.error.code,
          e.error.status,
          e.getMessage(),
          e.ec(),
          e.extra,
          requestId,
          hostId(request),
          "HEAD".equals(request.method()));
    }
  }

  @Override
  public Reply error(Request request, String operation, String code, int status, String message) {
    String ec = "0000-00000000";
    for (OssError known : OssError.values()) {
      if (known.code.equals(code)) {
        ec = known.ec;
        message = message != null ? message : known.message;
      }
    }
    return OssReplies.error(
        code,
        status,
        message != null ? message : "Please reduce your request rate or try again later.",
        ec,
        Map.of(),
        Ids.ossRequestId(),
        hostId(request),
        "HEAD".equals(request.method()));
  }

  private Reply run(Request request, OssOperation op) {
    String resourcePath =
        op.bucket() == null ? "/" : "/" + op.bucket() + "/" + (op.key() == null ? "" : op.key());
    OssAuthenticator.Authenticated auth = authenticator.authenticate(request, resourcePath);
    Caller caller = auth.caller();
    if (op.name().equals("oss:Unsupported")) {
      throw new OssException(OssError.NOT_IMPLEMENTED);
    }
    if (op.bucket() == null) {
      return buckets.listBuckets(caller);
    }
    if (!BUCKET_NAME.matcher(op.bucket()).matches()) {
      throw new OssException(OssError.INVALID_BUCKET_NAME).with("BucketName", op.bucket());
    }
    if (op.key() != null) {
      ObjectNames.check(op.key());
    }
    Bucket bucket = state.bucket(op.bucket());
    if (op.name().equals("oss:PutBucket")) {
      authorizer.authorize(request, caller, op, null);
      return buckets.create(op.bucket(), caller, auth.signedRegion(), bucket);
    }
    if (bucket == null) {
      throw new OssException(OssError.NO_SUCH_BUCKET).with("BucketName", op.bucket());
    }
    if (auth.signedRegion() != null
        && !auth.signedRegion().equals(bucket.region())
        && !op.name().equals("oss:GetBucketLocation")) {
      throw new OssException(
              OssError.ACCESS_DENIED,
              "The bucket you are attempting to access must be addressed using the specified"
                  + " endpoint. Please send all future requests to this endpoint.")
          .with("Bucket", bucket.name())
          .with("Endpoint", "oss-" + bucket.region() + ".aliyuncs.com");
    }
    if (!bucket.ownerUid().equals(caller.accountUid())) {
      throw new OssException(
          OssError.ACCESS_DENIED, "The bucket you access does not belong to you.");
    }
    if (!op.name().equals("oss:DeleteMultipleObjects")) {
      authorizer.authorize(request, caller, op, bucket);
    }
    return switch (op.name()) {
      case "oss:GetBucketLocation" -> buckets.location(bucket);
      case "oss:GetBucketAcl" -> buckets.acl(bucket);
      case "oss:GetBucketInfo", "oss:HeadBucket" -> buckets.info(bucket, request.method());
      case "oss:ListObjects" -> buckets.list(bucket, request.query());
      case "oss:PutObject" -> objects.put(request, bucket, op.key());
      case "oss:GetObject" -> objects.get(request, bucket, op.key(), false);
      case "oss:HeadObject" -> objects.get(request, bucket, op.key(), true);
      case "oss:DeleteObject" -> objects.delete(bucket, op.key());
      case "oss:CopyObject" -> copy(request, caller, bucket, op.key());
      case "oss:DeleteMultipleObjects" -> deleteMultiple(request, caller, bucket);
      case "oss:InitiateMultipartUpload" -> multipart.initiate(request, bucket, op.key());
      case "oss:UploadPart" -> multipart.uploadPart(request, bucket, op.key());
      case "oss:CompleteMultipartUpload" -> multipart.complete(request, bucket, op.key());
      case "oss:AbortMultipartUpload" -> multipart.abort(request, bucket, op.key());
      case "oss:ListParts" -> multipart.listParts(request, bucket, op.key());
      case "oss:ListMultipartUploads" ->
          UploadListing.list(bucket, request.query(), multipart.uploadsOf(bucket.name()));
      default -> throw new OssException(OssError.NOT_IMPLEMENTED);
    };
  }

  /**
   * CopyObject reads {@code x-oss-copy-source: /<bucket>/<url-encoded key>}; the caller needs
   * GetObject on the source (in its own account) besides PutObject on the target.
   */
  private Reply copy(Request request, Caller caller, Bucket bucket, String key) {
    String source = request.header("x-oss-copy-source");
    int query = source.indexOf('?');
    String path = query < 0 ? source : source.substring(0, query);
    path = path.startsWith("/") ? path.substring(1) : path;
    int slash = path.indexOf('/');
    if (slash <= 0 || slash == path.length() - 1) {
      throw new OssException(
              OssError.INVALID_ARGUMENT,
              "Copy Source must mention the source bucket and key: /sourcebucket/sourcekey.")
          .with("ArgumentName", "x-oss-copy-source")
          .with("ArgumentValue", source);
    }
    String sourceKey = Percent.decode(path.substring(slash + 1), false);
    ObjectNames.check(sourceKey);
    Bucket sourceBucket = state.bucket(Percent.decode(path.substring(0, slash), false));
    if (sourceBucket == null) {
      throw new OssException(OssError.NO_SUCH_BUCKET).with("BucketName", path.substring(0, slash));
    }
    if (!sourceBucket.ownerUid().equals(caller.accountUid())) {
      throw new OssException(
          OssError.ACCESS_DENIED, "The bucket you access does not belong to you.");
    }
    OssAuthorizer.require(caller, "oss:GetObject", sourceBucket.objectArn(sourceKey), Map.of());
    return objects.copy(request, bucket, key, sourceBucket, sourceKey);
  }

  /** Every key needs oss:DeleteObject; one denied key denies the whole request. */
  private Reply deleteMultiple(Request request, Caller caller, Bucket bucket) {
    BatchDelete.Parsed parsed = BatchDelete.parse(request);
    for (String key : parsed.keys()) {
      OssAuthorizer.require(caller, "oss:DeleteObject", bucket.objectArn(key), Map.of());
    }
    parsed.keys().forEach(key -> state.removeObject(bucket, key));
    return BatchDelete.answer(parsed, "url".equals(request.query().get("encoding-type")));
  }

  private static String hostId(Request request) {
    String host = request.header("Host");
    return host == null ? "oss.emulator.local" : host;
  }
}
