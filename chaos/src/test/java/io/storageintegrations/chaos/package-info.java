/** The short chaos run that {@code ./mvnw verify} includes. */
package io.storageintegrations.chaos;
