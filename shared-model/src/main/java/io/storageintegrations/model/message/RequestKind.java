package io.storageintegrations.model.message;

/** Why a validation was requested; {@code VALIDATE} is a dry run that never creates a record. */
public enum RequestKind {
  VALIDATE,
  CREATE,
  REVALIDATE
}
