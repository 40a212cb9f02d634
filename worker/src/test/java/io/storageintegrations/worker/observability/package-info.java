/** What the worker exports to Prometheus, held against the dashboard and the alert rules. */
package io.storageintegrations.worker.observability;
