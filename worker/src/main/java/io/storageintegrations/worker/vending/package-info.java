/**
 * Credential vending: the internal endpoint the producer forwards {@code POST
 * /v1/storage-integrations/{id}/credentials} to. The platform's AccessKey stays in the worker; the
 * worker assumes the customer's role with a session policy narrowed to a prefix and an access,
 * through the fleet's STS quota (interactive lane), and caches identical scopes until shortly
 * before they expire, one AssumeRole per scope however many ask at once.
 */
package io.storageintegrations.worker.vending;
