/** Live status: an SSE stream of a project's integration changes and the status page. */
package io.storageintegrations.producer.status;
