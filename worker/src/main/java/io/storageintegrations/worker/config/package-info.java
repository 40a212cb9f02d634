/**
 * Validated configuration records of the worker; a wrong value stops start-up naming the property.
 */
package io.storageintegrations.worker.config;
