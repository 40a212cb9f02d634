/** The producer's durable ledger per project: minted ExternalIds and integration-name claims. */
package io.storageintegrations.producer.ledger;
