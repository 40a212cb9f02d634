/** The integration REST API: validate, create, list, describe, re-validate and delete. */
package io.storageintegrations.producer.integration;
