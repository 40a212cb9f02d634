/** The OpenAPI document's responses: the status codes each operation really answers. */
package io.storageintegrations.producer.apidocs;
