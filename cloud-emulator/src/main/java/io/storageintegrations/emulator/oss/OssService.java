package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.ram.AccessRequest;
import io.storageintegrations.emulator.ram.PolicyEvaluator;
import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.server.Service;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.Ids;
import java.util.HashMap;
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

  public OssService(EmulatorState state) {
    this.state = state;
    this.authenticator = new OssAuthenticator(state);
    this.objects = new ObjectOperations(state);
    this.buckets = new BucketOperations(state);
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
          e.error.ec,
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
    Bucket bucket = state.bucket(op.bucket());
    if (op.name().equals("oss:PutBucket")) {
      authorize(request, caller, op, null);
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
    authorize(request, caller, op, bucket);
    return switch (op.name()) {
      case "oss:GetBucketLocation" -> buckets.location(bucket);
      case "oss:GetBucketAcl" -> buckets.acl(bucket);
      case "oss:GetBucketInfo", "oss:HeadBucket" -> buckets.info(bucket, request.method());
      case "oss:ListObjects" -> buckets.list(bucket, request.query());
      case "oss:PutObject" -> objects.put(request, bucket, op.key());
      case "oss:GetObject" -> objects.get(request, bucket, op.key(), false);
      case "oss:HeadObject" -> objects.get(request, bucket, op.key(), true);
      case "oss:DeleteObject" -> objects.delete(bucket, op.key());
      default -> throw new OssException(OssError.NOT_IMPLEMENTED);
    };
  }

  private void authorize(Request request, Caller caller, OssOperation op, Bucket bucket) {
    if (caller.kind() == Caller.Kind.ROOT) {
      return;
    }
    String resource;
    if (bucket == null) {
      resource =
          "acs:oss:"
              + state.settings().defaultRegion()
              + ":"
              + caller.accountUid()
              + ":"
              + op.bucket();
    } else {
      resource = op.objectLevel() ? bucket.objectArn(op.key()) : bucket.arn();
    }
    Map<String, String> context = new HashMap<>(4);
    if (op.name().equals("oss:ListObjects")) {
      context.put("oss:Prefix", request.query().getOrDefault("prefix", ""));
      context.put("oss:Delimiter", request.query().getOrDefault("delimiter", ""));
    }
    AccessRequest access =
        new AccessRequest(op.ramAction(), resource, java.util.List.of(), context);
    boolean allowed = PolicyEvaluator.evaluate(caller.policies(), access).allowed();
    if (allowed && caller.sessionPolicy() != null) {
      allowed = caller.sessionPolicy().evaluate(access).allowed();
    }
    if (!allowed) {
      throw new OssException(
          OssError.ACCESS_DENIED,
          "You have no right to access this resource: RAM policy does not allow "
              + op.ramAction()
              + " on "
              + resource
              + ".");
    }
  }

  private static String hostId(Request request) {
    String host = request.header("Host");
    return host == null ? "oss.emulator.local" : host;
  }
}
