package io.storageintegrations.worker.intake;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Handles one request record; the future completes when its result is acknowledged by the broker.
 * {@code stillOwned} turns false once the record's partition was revoked.
 */
interface RecordHandler {

  CompletableFuture<Void> handle(ConsumerRecord<String, byte[]> record, BooleanSupplier stillOwned);
}
