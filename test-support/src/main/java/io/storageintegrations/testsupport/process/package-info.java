/** An application's executable jar run in a child JVM, with its own log, started and stopped. */
package io.storageintegrations.testsupport.process;
