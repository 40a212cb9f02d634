/**
 * {@code POST /v1/storage-integrations/{id}/credentials}: checks the caller (a job key of the
 * integration's project), the integration's state and the access asked for, forwards the vend to
 * the workers' internal endpoint (the platform key never reaches this tier), records the audit
 * event and answers the credentials or a problem with the diagnosis.
 */
package io.storageintegrations.producer.vending;
