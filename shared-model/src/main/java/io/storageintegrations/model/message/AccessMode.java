package io.storageintegrations.model.message;

/** The bucket access an integration needs: read-only (external volumes) or read-write (exports). */
public enum AccessMode {
  READ_ONLY,
  READ_WRITE
}
