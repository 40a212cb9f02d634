/** Limits on abuse: per-key call rates, request body size, and the bounds of status streams. */
package io.storageintegrations.producer.limits;
