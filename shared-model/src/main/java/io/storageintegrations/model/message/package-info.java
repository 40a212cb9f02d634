/** Immutable records for every message on the requests, events and registry topics. */
package io.storageintegrations.model.message;
