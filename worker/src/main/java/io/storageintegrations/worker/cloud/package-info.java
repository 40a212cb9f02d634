/**
 * STS and OSS calls with the SDKs' own retries off: error classification, the one retry layer, the
 * shared AssumeRole quota and the per-validation deadline.
 */
package io.storageintegrations.worker.cloud;
