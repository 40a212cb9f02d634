/** Metrics (low-cardinality tags only), the intake health indicator and logging context. */
package io.storageintegrations.worker.observability;
