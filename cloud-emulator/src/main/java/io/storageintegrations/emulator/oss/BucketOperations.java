package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import java.util.Map;

/** Bucket-level operations: location, ACL, info, listing, creation, ListBuckets. */
final class BucketOperations {

  private static final String XML = "application/xml";
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private final EmulatorState state;

  BucketOperations(EmulatorState state) {
    this.state = state;
  }

  Reply location(Bucket bucket) {
    return Reply.of(
        200,
        "OK",
        XML,
        PROLOG + "<LocationConstraint>oss-" + bucket.region() + "</LocationConstraint>");
  }

  Reply acl(Bucket bucket) {
    return Reply.of(
        200,
        "OK",
        XML,
        PROLOG
            + "<AccessControlPolicy><Owner><ID>"
            + bucket.ownerUid()
            + "</ID><DisplayName>"
            + bucket.ownerUid()
            + "</DisplayName></Owner><AccessControlList><Grant>private</Grant>"
            + "</AccessControlList></AccessControlPolicy>");
  }

  Reply info(Bucket bucket, String method) {
    Reply reply =
        Reply.of(
            200,
            "OK",
            XML,
            PROLOG
                + "<BucketInfo><Bucket><Name>"
                + bucket.name()
                + "</Name><Location>oss-"
                + bucket.region()
                + "</Location><Region>"
                + bucket.region()
                + "</Region><ExtranetEndpoint>oss-"
                + bucket.region()
                + ".aliyuncs.com</ExtranetEndpoint><IntranetEndpoint>oss-"
                + bucket.region()
                + "-internal.aliyuncs.com</IntranetEndpoint><StorageClass>Standard</StorageClass>"
                + "<Owner><ID>"
                + bucket.ownerUid()
                + "</ID><DisplayName>"
                + bucket.ownerUid()
                + "</DisplayName></Owner><AccessControlList><Grant>private</Grant>"
                + "</AccessControlList></Bucket></BucketInfo>");
    return "HEAD".equals(method) ? reply.headOnly() : reply;
  }

  Reply list(Bucket bucket, Map<String, String> query) {
    return Reply.of(200, "OK", XML, Listing.list(bucket, query));
  }

  Reply create(String name, Caller caller, String signedRegion, Bucket existing) {
    if (existing != null) {
      if (existing.ownerUid().equals(caller.accountUid())) {
        return Reply.empty(200, "OK");
      }
      throw new OssException(OssError.BUCKET_EXISTS).with("BucketName", name);
    }
    state.putBucket(
        name,
        caller.accountUid(),
        signedRegion != null ? signedRegion : state.settings().defaultRegion());
    return Reply.empty(200, "OK");
  }

  Reply listBuckets(Caller caller) {
    StringBuilder xml =
        new StringBuilder(PROLOG)
            .append("<ListAllMyBucketsResult><Owner><ID>")
            .append(caller.accountUid())
            .append("</ID><DisplayName>")
            .append(caller.accountUid())
            .append("</DisplayName></Owner><Buckets>");
    for (Bucket bucket : state.buckets()) {
      if (bucket.ownerUid().equals(caller.accountUid())) {
        xml.append("<Bucket><CreationDate>2024-01-01T00:00:00.000Z</CreationDate>")
            .append("<ExtranetEndpoint>oss-")
            .append(bucket.region())
            .append(".aliyuncs.com</ExtranetEndpoint><IntranetEndpoint>oss-")
            .append(bucket.region())
            .append("-internal.aliyuncs.com</IntranetEndpoint><Location>oss-")
            .append(bucket.region())
            .append("</Location><Name>")
            .append(bucket.name())
            .append("</Name><Region>")
            .append(bucket.region())
            .append("</Region><StorageClass>Standard</StorageClass></Bucket>");
      }
    }
    xml.append("</Buckets></ListAllMyBucketsResult>");
    return Reply.of(200, "OK", XML, xml.toString());
  }
}
