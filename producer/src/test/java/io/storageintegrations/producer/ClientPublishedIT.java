package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.client.IntegrationRequestPublisher;
import io.storageintegrations.client.PublisherSettings;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an upstream service publishes with the Java client lands in the registry like API calls. */
class ClientPublishedIT extends ProducerItSupport {

  @Test
  void aCreatePublishedWithTheClientIsRegisteredValidatedAndDeleted() throws Exception {
    String id = "integ-client" + UUID.randomUUID().toString().substring(0, 8);
    String name = unique("via-client");
    ValidationRequested create =
        new ValidationRequested(
            UUID.randomUUID().toString(),
            id,
            "p1",
            1,
            RequestKind.CREATE,
            name,
            "from upstream",
            AccessMode.READ_ONLY,
            "bucket-c",
            "cn-hangzhou",
            "cn-hangzhou",
            "acs:ram::123456789012:role/r",
            "si-ext-upstream",
            Instant.now());

    try (IntegrationRequestPublisher client =
        new IntegrationRequestPublisher(
            new PublisherSettings(KafkaBroker.bootstrapServers(), "/test/console-backend"))) {
      client.requestValidation(create).get();
      // The request went alone to the requests topic; the worker publishes its lifecycle event.
      worker.publish(IntegrationAccepted.of(create));
      Api.Response pending = awaitDescribe(P1, id, inState("PENDING"));
      assertThat(pending.text("name")).isEqualTo(name);

      worker.validated(id, "p1", 1, create.requestId(), RequestKind.CREATE);
      awaitDescribe(P1, id, inState("ACTIVE"));
      // the registry confirmed the name: the API now refuses it
      assertThat(
              api.post(P1, "/v1/storage-integrations", body("p1", name, mintExternalId(P1, "p1")))
                  .status())
          .isEqualTo(409);

      DeletionRequested delete =
          new DeletionRequested(UUID.randomUUID().toString(), id, "p1", 2, Instant.now());
      client.requestDeletion(delete).get();
      worker.publish(IntegrationDeleted.of(delete));
      awaitDescribe(P1, id, r -> r.status() == 404);
    }
  }
}
