/** Reads docker-compose.yml and the files it references, since no Docker engine runs here. */
package io.storageintegrations.localstack.compose;
