/** Runs the local stack as the README tells a new user to, and checks what it shows. */
package io.storageintegrations.localstack.run;
