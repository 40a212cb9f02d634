/** The integration API: REST, registry, publishing and live status for storage integrations. */
package io.storageintegrations.producer;
